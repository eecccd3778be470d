package extract

import "testing"

func TestIsFigureLegend(t *testing.T) {
	checkLowerPredicate(t, "isFigureLegend", isFigureLegend, []lineCase{
		{"Abbildung 4: klassische Schwachschicht.", true},
		{"Abbildung: Vergleich auf dem Aletschgletscher", true},
		{"Abb.: Collage aus Internetbildern", true},
		{"Figure 2: Changing Font Size of All Text Elements.", true},
		{"Fig. 3: The reactor hall", true},
		{"Bild2: ©Geert Pieters bestimmte Rechte vorbehalten.", true},
		{"Figure: a chart", false}, // 'Figure' needs its number
		{"Bild: dpa", false},       // a credit, which the credit rules read
		{"Figure 2 shows the trend in font sizes.", false},
		{"Abbildungen wie diese zeigen: die Schicht hält.", false},
		{"Figures for the third quarter: sales rose.", false},
	})
}

// A figure's legend under its picture goes wherever it stands, as captions
// do; --keep captions keeps it.
func TestFigureLegendRemoved(t *testing.T) {
	page := articlePage("<title>Snow</title>", "<h1>Snow</h1>"+paragraphs(3)+
		`<p><img src="a.png"></p><p>Abbildung 4: klassische Schwachschicht unter der Schneedecke.</p>`+paragraphs(3))
	checkGoneKept(t, mustExtract(t, page, Options{}).Text, []string{"Abbildung 4"}, nil)
	checkGoneKept(t, mustExtract(t, page, Options{Keep: []Kind{KindCaptions}}).Text, nil, []string{"Abbildung 4"})
}
