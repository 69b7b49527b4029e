package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ratingsOf rates every item of the checklist the same, but the items of
// area, rated r.
func ratingsOf(cl *assess.Checklist, all int, area string, r int) map[string]int {
	out := map[string]int{}
	for _, it := range cl.Items {
		out[it.ID] = all
		if it.Area == area {
			out[it.ID] = r
		}
	}
	return out
}

func TestTheAreaTableShowsTheChangeSinceTheEarlierSnapshot(t *testing.T) {
	course, _ := content.Default()
	cl := assess.FromCourse(course)
	up, down, same := cl.Areas[0], cl.Areas[1], cl.Areas[2]
	then := ratingsOf(cl, 2, up, 1)
	now := ratingsOf(cl, 2, down, 1)
	for _, it := range cl.Items {
		if it.Area == up {
			now[it.ID] = 3
		}
	}
	snaps := []progress.Snapshot{{On: "2026-11-02", Ratings: then}, {On: "2026-12-01", Ratings: now}}
	scores, cmp := compareSnapshots(cl, snaps, "", "")
	if cmp == nil || cmp.From != "2026-11-02" || cmp.To != "2026-12-01" {
		t.Fatalf("compared %+v", cmp)
	}
	a := newAreaScores().Lang("en").Course(course).Scores(scores).Compare(cmp)
	mount(t, a)

	// section → the body → the table → its body → a row → the change cell
	cell := func(area string) []int {
		for i, id := range cl.Areas {
			if id == area {
				return []int{0, 1, 1, 2, i, 2}
			}
		}
		t.Fatalf("no area %s", area)
		return nil
	}
	if err := app.Match(app.Td().Class("number area-change is-up"), a, cell(up)...); err != nil {
		t.Errorf("a rise: %v", err)
	}
	if err := app.Match(app.Text("+67 pts"), a, append(cell(up), 0)...); err != nil {
		t.Errorf("a rise from 33%% to 100%%: %v", err)
	}
	if err := app.Match(app.Td().Class("number area-change is-down"), a, cell(down)...); err != nil {
		t.Errorf("a fall: %v", err)
	}
	if err := app.Match(app.Text("−34 pts"), a, append(cell(down), 0)...); err != nil {
		t.Errorf("a fall from 67%% to 33%%, as the figures show: %v", err)
	}
	if err := app.Match(app.Text(locale.T("en", msgSnapshotNoChange)), a, append(cell(same), 0, 1, 0)...); err != nil {
		t.Errorf("no change is not said in words: %v", err)
	}
	if err := app.Match(app.Text("Change"), a, 0, 1, 1, 1, 0, 2, 0); err != nil {
		t.Errorf("the change column's heading: %v", err)
	}
	caption := "Where you stand on 1 December 2026, and the change in each area since 2 November 2026"
	if err := app.Match(app.Text(caption), a, 0, 1, 1, 0, 0); err != nil {
		t.Errorf("the caption does not name both days: %v", err)
	}
	// the figure → the radar → its drawing → after the web (four rings, an
	// axis per area), under the shape. The first area at a third, the
	// others at two thirds.
	outline := svg("polygon").Class("radar-then").Attr("points", "0,-33.3 57.7,-33.3 57.7,33.3 0,66.7 -57.7,33.3 -57.7,-33.3")
	if err := app.Match(outline, a, 0, 1, 0, 0, 0, 4+len(cl.Areas)); err != nil {
		t.Errorf("the earlier day is not outlined: %v", err)
	}
	if err := app.Match(app.Text("2 November 2026"), a, 0, 1, 0, 2, 1, 1, 0); err != nil {
		t.Errorf("the legend does not name the earlier day: %v", err)
	}
}

func TestAnAreaRatedOnOneDayOnlyHasNoChangeToTell(t *testing.T) {
	course, _ := content.Default()
	cl := assess.FromCourse(course)
	first := cl.Items[0]
	snaps := []progress.Snapshot{{On: "2026-11-02", Ratings: map[string]int{first.ID: 1}}, {On: "2026-11-09", Ratings: ratingsOf(cl, 2, "", 0)}}
	scores, cmp := compareSnapshots(cl, snaps, "", "")
	a := newAreaScores().Lang("ja").Course(course).Scores(scores).Compare(cmp)
	mount(t, a)
	last := len(cl.Areas) - 1
	if first.Area == cl.Areas[last] {
		t.Fatal("the first item is in the last area")
	}
	if err := app.Match(app.Text(locale.T("ja", msgSnapshotNotCompared)), a, 0, 1, 1, 2, last, 2, 0, 1, 0); err != nil {
		t.Errorf("%v", err)
	}
}

func TestWithoutAnEarlierSnapshotTheScoresShowAlone(t *testing.T) {
	course, _ := content.Default()
	cl := assess.FromCourse(course)
	if _, cmp := compareSnapshots(cl, []progress.Snapshot{{On: "2026-11-02", Ratings: ratingsOf(cl, 1, "", 1)}}, "", ""); cmp != nil {
		t.Fatalf("one snapshot compared: %+v", cmp)
	}
	a := newAreaScores().Lang("en").Course(course).Scores(cl.AreaScores(ratingsOf(cl, 1, "", 1)))
	mount(t, a)
	// The table comes straight after the radar, whose rows have three cells.
	if err := app.Match(app.Td().Class("number area-rated"), a, 0, 1, 1, 2, 0, 2); err != nil {
		t.Errorf("%v", err)
	}
	if err := app.Match(app.Text("5 of 5"), a, 0, 1, 1, 2, 0, 2, 0); err != nil {
		t.Errorf("%v", err)
	}
}

func TestTheSnapshotListsOfferEveryDayNewestFirstWithItsOverallScore(t *testing.T) {
	course, _ := content.Default()
	cl := assess.FromCourse(course)
	snaps := []progress.Snapshot{
		{On: "2026-11-02", Ratings: ratingsOf(cl, 0, "", 0)},
		{On: "2026-11-09", Ratings: ratingsOf(cl, 1, "", 1)},
		{On: "2026-12-01", Ratings: ratingsOf(cl, 3, "", 3)},
	}
	p := newSnapshotPicker().Lang("ko").Checklist(cl).Snapshots(snaps).Compared("2026-11-02", "2026-11-09")
	mount(t, p)
	// section → (heading, lead, trend) the lists → the second → its select → the options
	for i, want := range []struct {
		on, text string
		selected bool
	}{
		{"2026-12-01", "2026년 12월 1일 · 종합 100%", false},
		{"2026-11-09", "2026년 11월 9일 · 종합 33%", true},
		{"2026-11-02", "2026년 11월 2일 · 종합 0%", false},
	} {
		if err := app.Match(app.Option().Value(want.on).Selected(want.selected), p, 0, 3, 1, 1, i); err != nil {
			t.Errorf("option %d: %v", i, err)
		}
		if err := app.Match(app.Text(want.text), p, 0, 3, 1, 1, i, 0); err != nil {
			t.Errorf("option %d: %v", i, err)
		}
	}
	if err := app.Match(app.Option().Value("2026-11-02").Selected(true), p, 0, 3, 0, 1, 2); err != nil {
		t.Errorf("the earlier day is not picked in the first list: %v", err)
	}

	one := newSnapshotPicker().Lang("en").Checklist(cl).Snapshots(snaps[:1])
	mount(t, one)
	if err := app.Match(app.Text(locale.T("en", msgSnapshotsOnlyOne)), one, 0, 1, 0); err != nil {
		t.Errorf("one day kept: %v", err)
	}
}

func TestAComparisonIsAnAddressTheLanguageSwitcherKeeps(t *testing.T) {
	p := ComparedResultsPath("ko", "2026-11-02", "2026-12-01")
	if p != "/ko/assessment/results?from=2026-11-02&to=2026-12-01" {
		t.Errorf("path %q", p)
	}
	if got := SwitchLang(p, "ja"); got != "/ja/assessment/results?from=2026-11-02&to=2026-12-01" {
		t.Errorf("in Japanese %q", got)
	}
	if got := ComparedResultsPath("en", "", ""); got != ResultsPath("en") {
		t.Errorf("the default comparison is at %q", got)
	}
	for in, want := range map[string]string{"2026-11-02": "2026-11-02", "2026-02-30": "", "x": "", "": ""} {
		if got := snapshotDate(in); got != want {
			t.Errorf("snapshotDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestComparingTwoDaysShowsTheLaterDaysRatingsUnderItsDate(t *testing.T) {
	cl := &assess.Checklist{Areas: []string{"tech"}, Roles: []string{"cto"}, Items: []assess.Item{{ID: "a", Area: "tech", Weights: map[string]int{"cto": 3}}}}
	snaps := []progress.Snapshot{
		{On: "2026-11-02", Ratings: map[string]int{"a": 0}},
		{On: "2026-11-09", Ratings: map[string]int{"a": 1}},
		{On: "2026-12-01", Ratings: map[string]int{"a": 3}},
	}
	latest := assess.Answers{"a": 3}
	// The learner picks the two older days, and last rated on 20 November
	// with a clock gone back (the latest snapshot keeps its date).
	_, compare := compareSnapshots(cl, snaps, "2026-11-02", "2026-11-09")
	answers, day := shownRatings(latest, "2026-11-20", compare)
	if day != "2026-11-09" || answers["a"] != 1 {
		t.Errorf("comparing 2 and 9 November the results show %v of %s, want the ratings of 2026-11-09", answers, day)
	}
	// By default the latest day is compared: it names the latest snapshot.
	_, compare = compareSnapshots(cl, snaps, "", "")
	if answers, day := shownRatings(latest, "2026-11-20", compare); day != "2026-12-01" || answers["a"] != 3 {
		t.Errorf("by default the results show %v of %s, want the latest snapshot's", answers, day)
	}
	// One day only: the learner's own ratings and date.
	if answers, day := shownRatings(latest, "2026-11-20", nil); day != "2026-11-20" || answers["a"] != 3 {
		t.Errorf("with nothing compared the results show %v of %s", answers, day)
	}
}

func TestTheTrendSpacesDaysByTheTimeBetweenThemAndPutsTheTopScoreAtTheTop(t *testing.T) {
	cl := &assess.Checklist{Areas: []string{"tech"}, Roles: []string{"cto"}, Items: []assess.Item{{ID: "a", Area: "tech", Weights: map[string]int{"cto": 3}}}}
	points := trendPoints(cl, []progress.Snapshot{
		{On: "2026-11-01", Ratings: map[string]int{"a": 0}},
		{On: "2026-11-04", Ratings: map[string]int{"a": 3}},
		{On: "2026-11-11", Ratings: map[string]int{"a": 1}},
	})
	if len(points) != 3 {
		t.Fatalf("%d points for 3 days", len(points))
	}
	for i, want := range []trendPoint{{On: "2026-11-01", X: 0, Y: 100}, {On: "2026-11-04", X: 30, Y: 0}, {On: "2026-11-11", X: 100, Y: 100 - 100.0/3}} {
		got := points[i]
		if got.On != want.On || num(got.X) != num(want.X) || num(got.Y) != num(want.Y) {
			t.Errorf("day %d at %s x %s y %s, want %s x %s y %s", i, got.On, num(got.X), num(got.Y), want.On, num(want.X), num(want.Y))
		}
	}
	if trendPoints(cl, []progress.Snapshot{{On: "2026-11-01", Ratings: map[string]int{"a": 0}}}) != nil {
		t.Error("one day draws a trend")
	}
	// Scores close together are drawn on a scale of the tens around them,
	// not near the top of 0–100%, with room past the lowest and highest
	// where there is any, and a whole ten in the middle.
	for _, c := range []struct {
		scores []float64
		lo, hi string
	}{
		{[]float64{0.53, 0.64}, "40", "80"}, // 3 points of room below 53%: one ten more
		{[]float64{0.56, 0.64}, "50", "70"},
		{[]float64{1, 1}, "80", "100"},
		{[]float64{0, 0.02}, "0", "20"},
		{[]float64{0.25, 0.95}, "20", "100"},
	} {
		points := make([]trendPoint, len(c.scores))
		for i, score := range c.scores {
			points[i].Score = score
		}
		if lo, hi := trendRange(points); num(lo*100) != c.lo || num(hi*100) != c.hi {
			t.Errorf("%v on a scale of %s–%s%%, want %s–%s%%", c.scores, num(lo*100), num(hi*100), c.lo, c.hi)
		}
	}
}

func TestADaysScoreIsLabelledUnderItsDotWhereTheLinesRiseFromIt(t *testing.T) {
	points := []trendPoint{{Score: 0.53}, {Score: 0.64}, {Score: 0.56}, {Score: 0.56}, {Score: 0.60}}
	for i, want := range []bool{true, false, true, true, false} {
		if got := valley(points, i); got != want {
			t.Errorf("day %d (%v) is a valley: %v, want %v", i, points[i].Score, got, want)
		}
	}
	if !valley([]trendPoint{{Score: 0.64}, {Score: 0.56}}, 1) {
		t.Error("a last day below the one before is not a valley")
	}
}

func TestThePrintedReportGivesAnAddressOnlyWhenOthersCanReachIt(t *testing.T) {
	for host, want := range map[string]string{
		"cxopath.example":     "cxopath.example/ko/assessment/results",
		"cxopath.example:443": "cxopath.example:443/ko/assessment/results",
		"localhost:8103":      "",
		"127.0.0.1:40449":     "",
		"[::1]:8000":          "",
		"app.localhost":       "",
		"":                    "",
	} {
		if got := reportAddress(host, "/ko/assessment/results"); got != want {
			t.Errorf("on %q the report prints %q, want %q", host, got, want)
		}
	}
}
