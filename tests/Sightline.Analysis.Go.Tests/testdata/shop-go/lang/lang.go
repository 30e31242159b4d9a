package lang

import (
	_ "embed"

	. "golang.org/x/text/language"
)

var Default = MustParse("en-GB")

func Best(accept string) string {
	tags, _, err := ParseAcceptLanguage(accept)
	if err != nil || len(tags) == 0 {
		return Default.String()
	}
	return tags[0].String()
}
