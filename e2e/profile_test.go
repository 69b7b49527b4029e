package e2e

import (
	"testing"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/content"
)

// inHouseIT is the ratings of an in-house IT engineer: strong on operations,
// governance and vendors, newer to product and people leadership.
func inHouseIT(t *testing.T) (*assess.Checklist, assess.Answers) {
	t.Helper()
	cl := assess.FromCourse(course(t))
	a := assess.Answers{}
	for i, it := range cl.Items {
		switch it.Area {
		case "operations":
			a[it.ID] = 3
		case "strategy", "communication":
			a[it.ID] = 2
		case "technology":
			a[it.ID] = 1 + i%2
		default:
			a[it.ID] = i % 2
		}
	}
	return cl, a
}

// course is the course the app ships.
func course(t *testing.T) *content.Course {
	t.Helper()
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
