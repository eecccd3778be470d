package extract

import "testing"

func TestIsCredit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"photograph by ed marshall, redonda restoration programme", true},
		{"illustration by jane doe", true},
		{"foto: dpa/picture alliance", true},
		{"the photographer took the picture at dawn.", false},
		{"kyrre lien/ritzau scanpix", true},
		{"khalil ashaw / reuters", true},
		{"fmw/bloomberg", true},
		{"the input/output ratio", false},
		{"open 24/7", false},
		{"a lap", false},
	} {
		if got := isCredit(tc.text); got != tc.want {
			t.Errorf("isCredit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
