package extract

// A download offer for the article as a file: "Dieses Skript als PDF
// herunterladen", "» Meldung als PDF-Datei herunterladen", "Download this
// article as PDF". It is the page's tool, like a print button.

// pdfOfferMax bounds the text, in bytes, of a download offer.
const pdfOfferMax = 80

// pdfOfferWords say that the line offers the page as a PDF, lower-cased.
var pdfOfferWords = []string{"als pdf herunterladen", "als pdf-datei herunterladen", "als pdf downloaden",
	"download as pdf", "download as a pdf", "download this article as pdf", "download the pdf version",
	"télécharger en pdf", "descargar en pdf", "scarica in pdf", "scarica il pdf"}

// isPDFOffer reports lower-cased text that offers the page as a PDF.
func isPDFOffer(lower string) bool { return containsAny(lower, pdfOfferWords) }
