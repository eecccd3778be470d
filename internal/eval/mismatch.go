package eval

// Mismatch is a metadata field that did not match its annotation.
type Mismatch struct {
	Page, Field, Want, Got string
}

// Mismatches lists the metadata fields of a report's pages that missed.
func (r Report) Mismatches() []Mismatch {
	return r.mismatches
}
