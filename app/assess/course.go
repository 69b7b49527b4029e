package assess

import "github.com/cxopath/cxopath/content"

// FromCourse is the course's self-assessment in the form this package
// scores: its areas, its items with their weights and lessons, and the
// course's roles in display order. A course without a checklist gives an
// empty one.
func FromCourse(c *content.Course) *Checklist {
	cl := &Checklist{}
	if c.Checklist == nil {
		return cl
	}
	cl.Areas = c.Checklist.Areas
	for _, r := range c.Roles {
		cl.Roles = append(cl.Roles, r.ID)
	}
	for _, it := range c.Checklist.Items {
		cl.Items = append(cl.Items, Item{ID: it.ID, Area: it.Area, Weights: it.Weights, Lessons: it.Lessons})
	}
	return cl
}
