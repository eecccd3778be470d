package extract

import (
	"strings"
	"testing"
)

func TestIsReferenceIndexLinks(t *testing.T) {
	checkLowerPredicate(t, "isReferenceIndexLinks", isReferenceIndexLinks, []lineCase{
		{"CAS Article PubMed Google Scholar", true},
		{"Article PubMed PubMed Central Google Scholar", true},
		{"Google Scholar", true},
		{"[Crossref], [PubMed], [Web of Science ®], [Google Scholar]", true},
		{"View Article PubMed/NCBI Google Scholar", true},
		{"Wiley Online Library CAS PubMed Web of Science® Google Scholar", true},
		{"MathSciNet Article", true},
		{"Article", false}, // no index named
		{"Web of Science", false},
		{"Search Google Scholar for the paper", false},
		{"PubMed lists 40 studies", false},
		{"", false},
	})
}

// A reference's row of index links goes; the reference stays, and so do
// the same names when the text says them rather than links them.
func TestReferenceIndexLinksRemoved(t *testing.T) {
	refs := `<h2>References</h2><ol>` +
		`<li><p>Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. J Clin Investig. 1988;82(6):1826.</p>` +
		`<p><a href="/cas/1">CAS</a> <a href="https://doi.org/1">Article</a> <a href="/pubmed/1">PubMed</a> <a href="/scholar/1">Google Scholar</a></p></li>` +
		`<li><p>Cacoub P, et al. The DRESS syndrome: a literature review. Am J Med. 2011;124(7):588.</p>` +
		`<p><a href="/scholar/2">Google Scholar</a></p></li></ol>`
	body := "<h1>Story</h1>" + paragraphs(4) + "<p>PubMed Google Scholar</p>" + paragraphs(2) + refs
	text := mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text
	wantKept(t, text, "Shear NH, Spielberg SP.", "Cacoub P, et al.", "PubMed Google Scholar")
	if got := strings.Count(text, "Google Scholar"); got != 1 {
		t.Errorf("Google Scholar named %d times, want once (the unlinked line):\n%s", got, text)
	}
}
