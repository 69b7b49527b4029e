package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/content"
)

func TestParseSelection(t *testing.T) {
	known := []string{"cto", "cio", "cdo", "ciso", "cpo", "vpoe", "techlead"}
	tests := []struct {
		name  string
		raw   string
		want  []string
		notes []compareNote
	}{
		{"nothing chosen gives CTO vs CIO", "", []string{"cto", "cio"}, nil},
		{"a good choice is kept in order", "vpoe,cto,ciso", []string{"vpoe", "cto", "ciso"}, nil},
		{"case and spaces are forgiven", " CTO , Cpo ", []string{"cto", "cpo"}, nil},
		{"an unknown role is left out", "cto,cfo,cio", []string{"cto", "cio"}, []compareNote{noteUnknown}},
		{"one role gets a partner", "ciso", []string{"ciso", "cto"}, []compareNote{noteTooFew}},
		{"CTO alone gets CIO", "cto", []string{"cto", "cio"}, []compareNote{noteTooFew}},
		{"duplicates are shown once", "cto,cto,cio", []string{"cto", "cio"}, []compareNote{noteDuplicate}},
		{"a duplicate alone gets a partner", "cio,cio", []string{"cio", "cto"}, []compareNote{noteDuplicate, noteTooFew}},
		{"more than four keeps the first four", "cto,cio,cdo,ciso,cpo,vpoe", []string{"cto", "cio", "cdo", "ciso"}, []compareNote{noteTooMany}},
		{"junk gives the default", "%00<script>,,;", []string{"cto", "cio"}, []compareNote{noteUnknown, noteTooFew}},
		{"empty items are ignored", ",,cto,,cpo,", []string{"cto", "cpo"}, nil},
		{"a huge parameter is cut", strings.Repeat("cto,", 500), []string{"cto", "cio"}, []compareNote{noteUnknown, noteDuplicate, noteTooFew}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := parseSelection(tt.raw, known, []string{"cto", "cio"})
			if !slices.Equal(got, tt.want) || !slices.Equal(notes, tt.notes) {
				t.Errorf("parseSelection(%.40q) = %q %v, want %q %v", tt.raw, got, notes, tt.want, tt.notes)
			}
		})
	}
}

func TestTheDefaultComparisonComesFromTheCourse(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := defaultCompare(course); !slices.Equal(got, []string{"cto", "cio"}) {
		t.Errorf("the default comparison is %q, want the first role and its partner, cto and cio", got)
	}
}

func TestTheRolesComparedAreOfferedFirstInTheOrderTheAddressNamesThem(t *testing.T) {
	known := []string{"cto", "cio", "cdo", "ciso", "cpo", "vpoe", "techlead"}
	got := chosenFirst([]string{"vpoe", "cto", "techlead"}, known)
	want := []string{"vpoe", "cto", "techlead", "cio", "cdo", "ciso", "cpo"}
	if !slices.Equal(got, want) {
		t.Errorf("chosenFirst = %v, want %v", got, want)
	}
}
