package progress

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// seoul and la are declared in study_test.go.

// snaps writes snapshots briefly: "2026-11-02:bcp=1,choose-stack=2".
func snaps(specs ...string) []Snapshot {
	var out []Snapshot
	for _, spec := range specs {
		on, list, _ := strings.Cut(spec, ":")
		out = append(out, Snapshot{On: on, Ratings: ratings(list)})
	}
	return out
}

// ratings writes ratings briefly: "bcp=1,choose-stack=2".
func ratings(list string) map[string]int {
	r := map[string]int{}
	for _, pair := range strings.Split(list, ",") {
		if id, v, ok := strings.Cut(pair, "="); ok {
			var n int
			fmt.Sscan(v, &n)
			r[id] = n
		}
	}
	return r
}

func TestKeepingSnapshots(t *testing.T) {
	tests := []struct {
		name    string
		before  []Snapshot
		ratings string
		at      time.Time
		want    []Snapshot
	}{
		{"the first view keeps the ratings under the day's date", nil, "bcp=1",
			time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1")},
		{"no ratings keep nothing", nil, "",
			time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC), nil},
		{"the same ratings on a later day add nothing", snaps("2026-11-02:bcp=1"), "bcp=1",
			time.Date(2026, 11, 9, 10, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1")},
		{"changed ratings on a later day add a snapshot after the others", snaps("2026-11-02:bcp=1"), "bcp=2",
			time.Date(2026, 11, 9, 10, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2")},
		{"a later view on the same day replaces that day's snapshot", snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2"), "bcp=2,choose-stack=1",
			time.Date(2026, 11, 9, 22, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2,choose-stack=1")},
		{"a day that comes back to the day before adds nothing", snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2"), "bcp=1",
			time.Date(2026, 11, 9, 22, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1")},
		{"coming back to an older snapshot on a new day is a new snapshot", snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2"), "bcp=1",
			time.Date(2026, 11, 16, 8, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2", "2026-11-16:bcp=1")},
		{"late evening in Seoul is already the next day there", snaps("2026-11-30:bcp=1"), "bcp=2",
			time.Date(2026, 11, 30, 23, 50, 0, 0, time.UTC).In(seoul), snaps("2026-11-30:bcp=1", "2026-12-01:bcp=2")},
		{"the same instant in Los Angeles is still the same day", snaps("2026-11-30:bcp=1"), "bcp=2",
			time.Date(2026, 11, 30, 23, 50, 0, 0, time.UTC).In(la), snaps("2026-11-30:bcp=2")},
		{"a clock gone back behind the latest snapshot replaces it under its date", snaps("2026-11-02:bcp=1", "2026-12-05:bcp=2"), "bcp=3",
			time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1", "2026-12-05:bcp=3")},
		{"a clock gone back with the same ratings changes nothing", snaps("2026-11-02:bcp=1", "2026-12-05:bcp=2"), "bcp=2",
			time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), snaps("2026-11-02:bcp=1", "2026-12-05:bcp=2")},
		{"a clock gone back before the only snapshot keeps one", snaps("2026-12-05:bcp=2"), "bcp=0",
			time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC), snaps("2026-12-05:bcp=0")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New()
			d.Assessment.Snapshots = tt.before
			if tt.ratings != "" {
				d.Assessment.Ratings = ratings(tt.ratings)
			}
			preview := d.Assessment.WithSnapshot(tt.at)
			changed := d.KeepSnapshot(tt.at)
			if got := d.Assessment.Snapshots; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(preview, tt.want) {
				t.Errorf("WithSnapshot showed %v, want %v", preview, tt.want)
			}
			if changed != !reflect.DeepEqual(tt.before, tt.want) {
				t.Errorf("KeepSnapshot reported a change: %v", changed)
			}
			if d.KeepSnapshot(tt.at) {
				t.Error("viewing again with the same ratings changed the snapshots")
			}
		})
	}
}

func TestSnapshotsKeepTheLatestYearOfViews(t *testing.T) {
	d := New()
	day := time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC)
	for week := range MaxSnapshots + 3 {
		d.Rate("bcp", week%4, "")
		d.Rate("choose-stack", week/4%4, "")
		d.KeepSnapshot(day.AddDate(0, 0, 7*week))
	}
	s := d.Assessment.Snapshots
	if len(s) != MaxSnapshots {
		t.Fatalf("%d snapshots kept, want %d", len(s), MaxSnapshots)
	}
	if first, last := s[0].On, s[len(s)-1].On; first != "2026-01-26" || last != day.AddDate(0, 0, 7*(MaxSnapshots+2)).Format(time.DateOnly) {
		t.Errorf("kept %s to %s: the oldest should give way", first, last)
	}
	for i := 1; i < len(s); i++ {
		if s[i-1].On >= s[i].On {
			t.Fatalf("snapshot %d (%s) is not after %s", i, s[i].On, s[i-1].On)
		}
	}
}

func TestASnapshotIsACopyOfTheRatingsOfItsDay(t *testing.T) {
	d := New()
	d.Rate("bcp", 1, "2026-11-02")
	d.KeepSnapshot(time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC))
	d.Rate("bcp", 3, "2026-11-03")
	if got := d.Assessment.Snapshots[0].Ratings["bcp"]; got != 1 {
		t.Errorf("rating again changed the kept snapshot to %d", got)
	}
	saved, problem := Decode(mustEncode(t, d))
	if problem != nil || !reflect.DeepEqual(saved.Assessment.Snapshots, snaps("2026-11-02:bcp=1")) {
		t.Errorf("saved as %v (%v)", saved.Assessment.Snapshots, problem)
	}
}

func TestPickingTwoSnapshotsToCompare(t *testing.T) {
	three := snaps("2026-11-02:bcp=0", "2026-11-09:bcp=1", "2026-12-01:bcp=2")
	tests := []struct {
		name     string
		snaps    []Snapshot
		from, to string
		want     [2]string // the dates picked; none when there is nothing to compare
	}{
		{"none", nil, "", "", [2]string{}},
		{"one snapshot has nothing to compare with", snaps("2026-11-02:bcp=1"), "", "", [2]string{}},
		{"by default the previous snapshot and the latest", three, "", "", [2]string{"2026-11-09", "2026-12-01"}},
		{"any two the learner picks", three, "2026-11-02", "2026-11-09", [2]string{"2026-11-02", "2026-11-09"}},
		{"in the order the learner picks them", three, "2026-12-01", "2026-11-02", [2]string{"2026-12-01", "2026-11-02"}},
		{"a date with no snapshot is the default", three, "2026-11-03", "1999-01-01", [2]string{"2026-11-09", "2026-12-01"}},
		{"a date that is not a date is the default", three, "<script>", "", [2]string{"2026-11-09", "2026-12-01"}},
		{"an older snapshot alone is compared with the one before it", three, "", "2026-11-09", [2]string{"2026-11-02", "2026-11-09"}},
		{"the oldest alone is compared with the one after it", three, "", "2026-11-02", [2]string{"2026-11-09", "2026-11-02"}},
		{"the previous snapshot is the latest that differs from now", snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2", "2026-11-16:bcp=1"), "", "",
			[2]string{"2026-11-09", "2026-11-16"}},
		{"snapshots merged from two devices may not differ", snaps("2026-11-02:bcp=1", "2026-11-09:bcp=1"), "", "",
			[2]string{"2026-11-02", "2026-11-09"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to, ok := PickSnapshots(tt.snaps, tt.from, tt.to)
			if got := [2]string{from.On, to.On}; got != tt.want || ok != (tt.want[0] != "") {
				t.Errorf("picked %v (%v), want %v", got, ok, tt.want)
			}
			if ok {
				if want, _ := SnapshotOn(tt.snaps, to.On); !reflect.DeepEqual(to, want) {
					t.Errorf("the snapshot of %s is %v, want %v", to.On, to, want)
				}
			}
		})
	}
}

func TestImportedSnapshotsAreCheckedOneByOne(t *testing.T) {
	var many []map[string]any
	for i := range MaxSnapshots + 2 {
		many = append(many, map[string]any{"on": time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 7*i).Format(time.DateOnly), "ratings": map[string]int{"bcp": i % 4}})
	}
	tests := []struct {
		name      string
		snapshots any
		want      []Snapshot
		report    Report
	}{
		{"good snapshots are kept as they are", []map[string]any{
			{"on": "2026-11-02", "ratings": map[string]int{"bcp": 1}},
			{"on": "2026-11-09", "ratings": map[string]int{"bcp": 2, "choose-stack": 0}},
		}, snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2,choose-stack=0"), Report{}},
		{"a bad date, a date in the future, a date given twice and no ratings are left out", []map[string]any{
			{"on": "2026-13-02", "ratings": map[string]int{"bcp": 1}},
			{"on": "yesterday", "ratings": map[string]int{"bcp": 1}},
			{"on": "2027-01-01", "ratings": map[string]int{"bcp": 1}},
			{"on": "2026-11-02", "ratings": map[string]int{"bcp": 1}},
			{"on": "2026-11-02", "ratings": map[string]int{"bcp": 3}},
			{"on": "2026-11-09", "ratings": map[string]int{}},
			{"on": "2026-11-10"},
		}, snaps("2026-11-02:bcp=1"), Report{Snapshots: 6}},
		{"a day ahead is allowed: the device may be a time zone ahead", []map[string]any{
			{"on": "2026-11-23", "ratings": map[string]int{"bcp": 1}},
		}, snaps("2026-11-23:bcp=1"), Report{}},
		{"ratings off the scale are left out, unknown items kept", []map[string]any{
			{"on": "2026-11-02", "ratings": map[string]int{"bcp": 4, "choose-stack": -1, "one-on-ones": 2, "not-an-item": 1}},
			{"on": "2026-11-03", "ratings": map[string]int{"bcp": 9}},
		}, snaps("2026-11-02:one-on-ones=2,not-an-item=1"), Report{Ratings: 3, Unknown: 1, Snapshots: 1}},
		{"snapshots out of order are put in date order", []map[string]any{
			{"on": "2026-11-09", "ratings": map[string]int{"bcp": 2}},
			{"on": "2026-11-02", "ratings": map[string]int{"bcp": 1}},
		}, snaps("2026-11-02:bcp=1", "2026-11-09:bcp=2"), Report{}},
		{"beyond the most a document keeps, the oldest are left out", many, nil, Report{Snapshots: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file, _ := json.Marshal(map[string]any{"app": Marker, "version": Schema, "assessment": map[string]any{"ratings": map[string]int{"bcp": 1}, "snapshots": tt.snapshots}})
			d, report, problem := Import(file, known, now)
			if problem != nil {
				t.Fatal(problem)
			}
			if report != tt.report {
				t.Errorf("report %+v, want %+v", report, tt.report)
			}
			got := d.Assessment.Snapshots
			if tt.want == nil {
				if len(got) != MaxSnapshots || got[0].On != "2025-01-15" {
					t.Errorf("kept %d snapshots from %s", len(got), got[0].On)
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergingSnapshotsKeepsEveryDate(t *testing.T) {
	mine := New()
	mine.Assessment.RatedOn = "2026-11-20"
	mine.Assessment.Snapshots = snaps("2026-11-02:bcp=1", "2026-11-16:bcp=2", "2026-11-20:bcp=3")
	theirs := New()
	theirs.Assessment.RatedOn = "2026-11-21"
	theirs.Assessment.Snapshots = snaps("2026-11-09:choose-stack=1", "2026-11-16:bcp=0", "2026-11-21:bcp=1")

	got := Merge(mine, theirs).Assessment.Snapshots
	want := snaps("2026-11-02:bcp=1", "2026-11-09:choose-stack=1", "2026-11-16:bcp=0", "2026-11-20:bcp=3", "2026-11-21:bcp=1")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged %v, want %v: every date, in order, the later self-assessment's on the same date", got, want)
	}
	if back := Merge(theirs, mine).Assessment.Snapshots; !reflect.DeepEqual(back, want) {
		t.Errorf("merged the other way %v, want %v", back, want)
	}
	theirs.Assessment.RatedOn = mine.Assessment.RatedOn
	if s, _ := SnapshotOn(Merge(mine, theirs).Assessment.Snapshots, "2026-11-16"); s.Ratings["bcp"] != 2 {
		t.Errorf("with both rated on the same day, this device's snapshot should win, not %v", s)
	}
	if len(mine.Assessment.Snapshots) != 3 || mine.Assessment.Snapshots[1].Ratings["bcp"] != 2 {
		t.Errorf("merging changed this device's snapshots: %v", mine.Assessment.Snapshots)
	}

	var year []Snapshot
	for i := range MaxSnapshots {
		year = append(year, Snapshot{On: time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 7*i).Format(time.DateOnly), Ratings: map[string]int{"bcp": i % 4}})
	}
	mine.Assessment.Snapshots = year
	if got := Merge(mine, theirs).Assessment.Snapshots; len(got) != MaxSnapshots || got[len(got)-1].On != "2026-11-21" || got[0].On != year[3].On {
		t.Errorf("merged %d snapshots from %s to %s: the latest %d should stay", len(got), got[0].On, got[len(got)-1].On, MaxSnapshots)
	}
}

func TestClearingTheRatingsKeepsTheSnapshotsOfEarlierDays(t *testing.T) {
	d := New()
	d.Assessment = Assessment{Ratings: ratings("bcp=2"), Target: "cto", RatedOn: "2026-11-21", Snapshots: snaps("2026-11-21:bcp=2")}
	d.ResetAssessment()
	if want := (Assessment{Snapshots: snaps("2026-11-21:bcp=2")}); !reflect.DeepEqual(d.Assessment, want) {
		t.Errorf("after clearing: %+v, want only the snapshot", d.Assessment)
	}
}
