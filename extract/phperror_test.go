package extract

import "testing"

// PHP's error messages leave the page before the readability pass sees
// them, and the article around them stays; a bold "Warning:" that is the
// article's own stays too.
func TestPHPErrorsRemoved(t *testing.T) {
	errors := "<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in " +
		"<b>/www/htdocs/w00a2ebd/wp-settings.php</b> on line <b>535</b><br />\n" +
		"<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied for user ''@'localhost' in " +
		"<b>/www/htdocs/wordpress/wp-content/plugins/tagging.php</b> on line <b>299</b><br />\n"
	own := "<p><b>Warning</b>: do not feed the animals in the park on line seven of the map.</p>"
	body := errors + `<h1>Zoo visit</h1>` + paragraphs(4) + own
	art := mustExtract(t, articlePage("<title>Zoo visit</title>", body), Options{})
	wantGone(t, art.Text, "Deprecated", "mysql_get_server_info", "wp-settings.php", "535")
	wantKept(t, art.Text, "do not feed the animals", "Paragraph number D")
}
