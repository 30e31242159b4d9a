using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm.Yarn;

/// <summary>
/// Reads yarn.lock v1 line by line: an unindented `"a@^1", a@^1.2:` header, two-space fields
/// (`version "1.2.3"`, `resolved`, `integrity`) and four-space dependency maps.
/// </summary>
internal static class YarnClassicReader
{
    public static List<YarnEntry> Read(TextReader reader, long firstLine = 1, string? firstLineText = null)
    {
        var entries = new List<YarnEntry>();
        YarnEntry? current = null;
        var section = Section.None;
        var lineNumber = firstLine - 1;
        var line = firstLineText ?? reader.ReadLine();
        for (; line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (indent == 0)
            {
                if (!line.EndsWith(':'))
                {
                    throw new ManifestFormatException($"expected an entry header ending in ':', got '{Clip(line)}'", lineNumber, 1);
                }

                current = new YarnEntry(lineNumber);
                foreach (var spec in line[..^1].Split(", "))
                {
                    current.Specs.Add(Unquote(spec.Trim(), lineNumber));
                }

                entries.Add(current);
                section = Section.None;
            }
            else if (current is null)
            {
                throw new ManifestFormatException("indented line outside an entry", lineNumber, indent + 1);
            }
            else if (indent == 2)
            {
                section = ReadField(current, line.AsSpan(2), lineNumber);
            }
            else if (indent == 4 && section != Section.None)
            {
                var (name, range) = SplitPair(line.AsSpan(4), lineNumber);
                current.Dependencies.Add(new YarnDependency(name, range, section == Section.Optional));
            }
            else if (section == Section.Other)
            {
                continue;
            }
            else
            {
                throw new ManifestFormatException($"unexpected indentation ({indent} spaces)", lineNumber, indent + 1);
            }
        }

        return entries;
    }

    private enum Section
    {
        None,
        Dependencies,
        Optional,
        Other,
    }

    private static Section ReadField(YarnEntry entry, ReadOnlySpan<char> text, long line)
    {
        if (text.EndsWith(":"))
        {
            return text switch
            {
                "dependencies:" => Section.Dependencies,
                "optionalDependencies:" => Section.Optional,
                _ => Section.Other,
            };
        }

        var (key, value) = SplitPair(text, line);
        switch (key)
        {
            case "version":
                entry.Version = value;
                break;
            case "resolved":
                entry.Resolved = value;
                break;
            case "integrity":
                entry.Integrity = value;
                break;
        }

        return Section.None;
    }

    /// <summary>Splits `key value` where either may be double-quoted.</summary>
    private static (string Key, string Value) SplitPair(ReadOnlySpan<char> text, long line)
    {
        int end;
        if (text.Length > 0 && text[0] == '"')
        {
            end = text[1..].IndexOf('"') + 2;
            if (end < 2)
            {
                throw new ManifestFormatException("unterminated quoted string", line, null);
            }
        }
        else
        {
            end = text.IndexOf(' ');
            if (end < 0)
            {
                throw new ManifestFormatException($"expected 'key value', got '{Clip(text.ToString())}'", line, null);
            }
        }

        var key = Unquote(text[..end].ToString(), line);
        var value = Unquote(text[end..].Trim().ToString(), line);
        return (key, value);
    }

    private static string Unquote(string text, long line)
    {
        if (text.Length > 0 && text[0] == '"')
        {
            if (text.Length < 2 || text[^1] != '"')
            {
                throw new ManifestFormatException($"unterminated quoted string {Clip(text)}", line, null);
            }

            return text[1..^1];
        }

        return text;
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "..." : text;
}
