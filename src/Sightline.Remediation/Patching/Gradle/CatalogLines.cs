namespace Sightline.Remediation.Patching.Gradle;

/// <summary>A string value in a catalog entry: its dotted key inside the entry ("version.ref", "module") and content span.</summary>
internal readonly record struct CatalogValue(string Key, int Start, int End, string Text);

/// <summary>One "alias = value" line of a version catalog, in its [table].</summary>
internal sealed record CatalogEntry(string Table, string Alias, List<CatalogValue> Values)
{
    public CatalogValue? Value(string key) => Values.Find(value => value.Key == key) is { Key: not null } found ? found : null;
}

/// <summary>
/// Reads gradle/libs.versions.toml line by line: table headers, and entries whose value is a string or a
/// one-line inline table (TOML 1.0 inline tables are one line). Other lines (arrays of bundles) are skipped.
/// </summary>
internal static class CatalogLines
{
    public static List<CatalogEntry> Read(string text)
    {
        var entries = new List<CatalogEntry>();
        var table = "";
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (position < text.Length)
        {
            var end = TextEdits.LineEnd(text, position);
            var line = new LineReader(text, position, end);
            line.SkipSpace();
            if (line.Peek() == '[')
            {
                var close = text.IndexOf(']', position, end - position);
                table = close < 0 ? "" : text[(line.Position + 1)..close].Trim().Trim('[', ']').Trim();
            }
            else if (line.Key() is { } alias && line.Take('='))
            {
                var values = new List<CatalogValue>();
                line.Values("", values, 0);
                entries.Add(new CatalogEntry(table, alias, values));
            }

            position = end;
            while (position < text.Length && text[position] is '\n' or '\r')
            {
                position++;
            }
        }

        return entries;
    }

    private sealed class LineReader(string text, int start, int end)
    {
        public int Position { get; private set; } = start;

        public char Peek() => Position < end ? text[Position] : '\0';

        public void SkipSpace()
        {
            while (Position < end && text[Position] is ' ' or '\t')
            {
                Position++;
            }
        }

        public bool Take(char c)
        {
            SkipSpace();
            if (Peek() != c)
            {
                return false;
            }

            Position++;
            return true;
        }

        /// <summary>A dotted key of bare or quoted parts ("version.ref").</summary>
        public string? Key()
        {
            var parts = new List<string>();
            do
            {
                SkipSpace();
                if (Peek() is '"' or '\'')
                {
                    if (String() is not var (_, _, part))
                    {
                        return null;
                    }

                    parts.Add(part);
                }
                else
                {
                    var keyStart = Position;
                    while (Position < end && (char.IsAsciiLetterOrDigit(text[Position]) || text[Position] is '-' or '_'))
                    {
                        Position++;
                    }

                    if (Position == keyStart)
                    {
                        return null;
                    }

                    parts.Add(text[keyStart..Position]);
                }
            }
            while (Take('.'));

            return string.Join('.', parts);
        }

        /// <summary>A string, or an inline table whose string values are collected under dotted keys.</summary>
        public void Values(string prefix, List<CatalogValue> values, int depth)
        {
            SkipSpace();
            if (Peek() is '"' or '\'' && String() is var (valueStart, valueEnd, value))
            {
                values.Add(new CatalogValue(prefix, valueStart, valueEnd, value));
            }
            else if (depth < 4 && Take('{'))
            {
                while (!Take('}') && Key() is { } key && Take('='))
                {
                    Values(prefix.Length == 0 ? key : prefix + "." + key, values, depth + 1);
                    Take(',');
                }
            }
        }

        private (int Start, int End, string Value)? String()
        {
            var quote = text[Position];
            var close = text.IndexOf(quote, Position + 1, end - Position - 1);
            if (close < 0)
            {
                Position = end;
                return null;
            }

            var result = (Position + 1, close, text[(Position + 1)..close]);
            Position = close + 1;
            return result;
        }
    }
}
