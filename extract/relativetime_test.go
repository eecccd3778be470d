package extract

import "testing"

func TestIsRelativeTimeLine(t *testing.T) {
	checkLowerPredicate(t, "isRelativeTimeLine", isRelativeTimeLine, []lineCase{
		{"2 hours ago", true},
		{"Updated 5 minutes ago", true},
		{"Published: an hour ago", true},
		{"vor 2 Stunden", true},
		{"Aktualisiert vor einer Stunde", true},
		{"hace 3 horas", true},
		{"il y a 3 heures", true},
		{"Mis à jour il y a 2 jours", true},
		{"2 ore fa", true},
		{"prije 28 minuta", true},
		{"3 часа назад", true},
		{"15 Min", false},                 // a recipe's time: no "ago"
		{"2 hours", false},                // no "ago"
		{"vor 2 Jahren in Berlin", false}, // more than the span
		{"2 blocks ago", false},           // no unit of time
		{"ago 2 hours", false},            // "ago" before the span
		{"Updated 2 hours ago by the editors", false},
		{"Updated and published and posted and updated 2 hours ago", false}, // more words than such a line has
	})
}

func TestRelativeTimeLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Updated 2 hours ago")
}
