package content

// Role is a technology-leadership role: its language-neutral structure and
// its words per language.
type Role struct {
	ID        string
	Facing    string               // outward, inward or both
	ReportsTo []string             // ceo, coo, cto, cio or board, most common first
	Skills    []string             // skill ids, shared with other roles where the roles share the skill
	Lessons   []string             // related lesson ids
	Partner   string               // the role it is most often compared with
	Text      map[string]*RoleText `text:"by-language"`
}

// RoleText is a role in one language.
type RoleText struct {
	Name             string   `toml:"name"`
	Title            string   `toml:"title"`
	Mission          string   `toml:"mission"`
	Responsibilities []string `toml:"responsibilities"`
	Where            string   `toml:"where"`
	Path             []string `toml:"path"`
	Success          []string `toml:"success"`
	Pressures        []string `toml:"pressures"`
}

// Facings are the values of Role.Facing.
var Facings = []string{"outward", "inward", "both"}

// Role returns the role with the given id.
func (c *Course) Role(id string) (*Role, bool) {
	r, ok := c.roleByID[id]
	return r, ok
}

// SkillName returns a skill's name in lang.
func (c *Course) SkillName(lang, id string) string {
	if n := c.SkillNames[lang][id]; n != "" {
		return n
	}
	return id
}
