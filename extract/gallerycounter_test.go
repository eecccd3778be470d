package extract

import (
	"strings"
	"testing"
)

func TestIsGalleryCounter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"1 von 17", true},
		{"3 / 12", true},
		{"2 of 5", true},
		{"1/4", false},       // a recipe's fraction
		{"18 von 17", false}, // past the end: no position
		{"89 / 2022", false}, // a press release's number
		{"von 17", false},
		{"image 1 of 12", true},
		{"photo 3/12", true},
		{"slide 2 von 9", true},
		{"photo 13/12", false}, // past the end
		{"image of 12", false},
		{"bild 1/4 cup", false},
		{"image", false},
	} {
		if got := isGalleryCounter(tc.text); got != tc.want {
			t.Errorf("isGalleryCounter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsGallerySize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Slideshow (3 Images)", true},
		{"Gallery (12 photos)", true},
		{"Bildergalerie (8 Bilder)", true},
		{"12 photos", false},                 // a list's item as well
		{"Slideshow (a look back)", false},   // no size
		{"Gallery (12 photos) opens", false}, // more than the label
		{"The gallery (12 photos)", false},
	} {
		if got := isGallerySize(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isGallerySize(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
