package extract_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/pithtool/pith/extract"
)

func Example() {
	page := `<html><head><title>Tides Explained - Ocean Weekly</title>
<meta property="og:site_name" content="Ocean Weekly"></head>
<body><nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article><h1>Tides Explained</h1>
<p>Tides are the rise and fall of sea levels caused by the combined effects of the gravitational forces exerted by the Moon and the Sun and the rotation of the Earth.</p>
<p><strong>READ MORE: <a href="/waves">Why Waves Break</a></strong></p>
<p>Most places in the ocean usually experience two high tides and two low tides each day, which is called a semi-diurnal tide.</p>
<div class="share-bar"><a href="#">Share</a></div></article>
<footer>Copyright Ocean Weekly</footer></body></html>`

	art, err := extract.FromReader(context.Background(), strings.NewReader(page), extract.Options{})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(art.Title)
	fmt.Println(art.SiteName)
	fmt.Println(art.Text)
	// Output:
	// Tides Explained
	// Ocean Weekly
	// Tides are the rise and fall of sea levels caused by the combined effects of the gravitational forces exerted by the Moon and the Sun and the rotation of the Earth.
	//
	// Most places in the ocean usually experience two high tides and two low tides each day, which is called a semi-diurnal tide.
}
