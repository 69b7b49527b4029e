package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// compareHTML mounts a comparison and returns its HTML.
func compareHTML(t *testing.T, c *compareTable) string {
	t.Helper()
	mount(t, c)
	return app.HTMLString(c)
}

func TestTheComparisonMarksOnlyTheCellsThatStandOut(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	// CTO, VPoE and the tech lead face outward, the CIO inward: on that
	// point only the CIO's cell is marked.
	html := compareHTML(t, newCompareTable().Lang("en").Course(course).Roles([]string{"cto", "cio", "vpoe", "techlead"}))
	row := regexp.MustCompile(`(?s)<tr[^>]*>\s*<th scope="row">` + regexp.QuoteMeta(locale.T("en", msgDimFacing)) + `</th>(.*?)</tr>`).FindStringSubmatch(html)
	if row == nil {
		t.Fatalf("no row on the way a role faces in %s", html)
	}
	cells := strings.Split(row[1], "</td>")
	var marked []bool
	for _, cell := range cells[:len(cells)-1] {
		marked = append(marked, regexp.MustCompile(`class="[^"]*\bis-marked\b`).MatchString(cell) && strings.Contains(cell, "differs-mark"))
	}
	if len(marked) != 4 || marked[0] || !marked[1] || marked[2] || marked[3] {
		t.Errorf("marked cells of the facing row: %v, want only the CIO's", marked)
	}
	if n := len(regexp.MustCompile(`class="[^"]*\bis-marked\b`).FindAllString(html, -1)); n > 8 {
		t.Errorf("%d cells marked: descriptions, which always differ, are marked too", n)
	}
}

func TestShowingOnlyDifferencesLeavesOutWhatEveryRoleShares(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	// The CTO and the VPoE both face outward and share key skills.
	all := compareHTML(t, newCompareTable().Lang("en").Course(course).Roles([]string{"cto", "vpoe"}))
	if !strings.Contains(all, "is-shared") {
		t.Fatal("the CTO and the VPoE share nothing in the comparison")
	}
	only := compareHTML(t, &compareTable{ILang: "en", ICourse: course, IRoles: []string{"cto", "vpoe"}, onlyDiff: true})
	if strings.Contains(only, "is-shared") {
		t.Error("with only differences shown, a shared point is still there")
	}
	if strings.Count(only, "<tr") >= strings.Count(all, "<tr") {
		t.Error("showing only differences left out no row")
	}
	// go-app writes an element's attributes in any order.
	var chosen []string
	for _, o := range regexp.MustCompile(`<option[^>]*>`).FindAllString(only, -1) {
		if regexp.MustCompile(`\sselected[\s>]`).MatchString(o) {
			chosen = append(chosen, regexp.MustCompile(`value="(\d+)"`).FindStringSubmatch(o)[1])
		}
	}
	if len(chosen) != 1 || chosen[0] != "0" {
		t.Errorf("the phone's choice of point shows options %v as chosen, want only the first point shown", chosen)
	}
}
