package extract

import "testing"

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
