package extract

import (
	"strconv"
	"strings"
)

// galleryCounterMax bounds the text, in bytes, of a gallery counter.
const galleryCounterMax = 24

// galleryLabels may open a gallery counter: "Image 1 of 12", "Photo 3/12".
var galleryLabels = map[string]bool{"image": true, "photo": true, "picture": true, "slide": true, "item": true,
	"bild": true, "foto": true, "imagen": true}

// isGalleryCounter reports lower-cased text that is only a gallery's or a
// slideshow's position: "1 von 17", "3 / 12", "2 of 5", "Image 1 of 12",
// "Photo 3/12". "1/4" is not one: a recipe prints its fractions so; after
// a gallery's label it is.
func isGalleryCounter(lower string) bool {
	words := strings.Fields(lower)
	if len(words) > 1 && galleryLabels[words[0]] {
		words = words[1:]
		if len(words) == 1 { // "Photo 3/12": after a label, "N/M" is a position
			words = strings.Fields(strings.Replace(words[0], "/", " / ", 1))
		}
	}
	if len(words) != 3 || !counterWords[words[1]] {
		return false
	}
	n, okN := count(words[0])
	m, okM := count(words[2])
	return okN && okM && n >= 1 && n <= m
}

// count reads a number of one to three digits.
func count(w string) (int, bool) {
	if len(w) == 0 || len(w) > 3 || strings.Trim(w, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// counterWords join a gallery's position and its size, in several languages.
var counterWords = map[string]bool{"/": true, "von": true, "of": true, "de": true, "di": true, "sur": true, "z": true, "van": true}

// gallerySizeMax bounds the text, in bytes, of a gallery's name and size.
const gallerySizeMax = 40

// galleryNames may stand before a gallery's size in brackets: "Slideshow
// (3 Images)", "Gallery (12 photos)".
var galleryNames = map[string]bool{"slideshow": true, "gallery": true, "photos": true, "galerie": true,
	"bildergalerie": true, "fotogalerie": true, "fotostrecke": true, "galería": true}

// galleryUnits count a gallery's pictures.
var galleryUnits = map[string]bool{"images": true, "photos": true, "pictures": true, "slides": true,
	"bilder": true, "fotos": true, "imágenes": true}

// isGallerySize reports lower-cased text that is only a gallery's name and
// its size, the label of the button that opens it: "Slideshow (3
// Images)", "Gallery (12 photos)". A count alone ("12 photos") is not one:
// a list prints its items so.
func isGallerySize(lower string) bool {
	name, size, ok := strings.Cut(lower, " (")
	if !ok || !galleryNames[strings.TrimSpace(name)] {
		return false
	}
	size, ok = strings.CutSuffix(size, ")")
	words := strings.Fields(size)
	if !ok || len(words) != 2 || !galleryUnits[words[1]] {
		return false
	}
	_, ok = count(words[0])
	return ok
}
