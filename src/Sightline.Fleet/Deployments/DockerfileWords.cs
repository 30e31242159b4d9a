using System.Text;

namespace Sightline.Fleet.Deployments;

/// <summary>
/// Splits a Dockerfile instruction's arguments into words the way BuildKit's shell lexer does for the
/// instructions we read: whitespace separates, "double" and 'single' quotes group, the escape character
/// escapes, and $VAR / ${VAR} / ${VAR:-default} / ${VAR:+alternative} are replaced when the variable is
/// known (left as written when not). One pass, no backtracking.
/// </summary>
internal sealed class DockerfileWords
{
    private readonly string _text;
    private readonly char _escape;
    private readonly Func<string, string?> _lookup;
    private int _at;

    private DockerfileWords(string text, char escape, Func<string, string?> lookup)
    {
        _text = text;
        _escape = escape;
        _lookup = lookup;
    }

    /// <summary>The words, or null with a reason when a quote is not closed.</summary>
    public static List<string>? Split(string text, char escape, Func<string, string?> lookup, out string? error)
    {
        var words = new DockerfileWords(text, escape, lookup);
        return words.ReadAll(out error);
    }

    private List<string>? ReadAll(out string? error)
    {
        error = null;
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                _at++;
                continue;
            }

            inWord = true;
            if (c == '\'' || c == '"')
            {
                var close = ReadQuoted(c, word);
                if (!close)
                {
                    error = $"unterminated {(c == '"' ? "double" : "single")} quote";
                    return null;
                }
            }
            else if (c == _escape && _at + 1 < _text.Length)
            {
                word.Append(_text[_at + 1]);
                _at += 2;
            }
            else if (c == '$')
            {
                ReadVariable(word);
            }
            else
            {
                word.Append(c);
                _at++;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private bool ReadQuoted(char quote, StringBuilder word)
    {
        _at++;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == quote)
            {
                _at++;
                return true;
            }

            if (quote == '"' && c == _escape && _at + 1 < _text.Length && _text[_at + 1] is '"' or '$' or '\\' or '`')
            {
                word.Append(_text[_at + 1]);
                _at += 2;
            }
            else if (quote == '"' && c == '$')
            {
                ReadVariable(word);
            }
            else
            {
                word.Append(c);
                _at++;
            }
        }

        return false;
    }

    private void ReadVariable(StringBuilder word)
    {
        var start = _at;
        _at++;
        if (_at < _text.Length && _text[_at] == '{')
        {
            var close = _text.IndexOf('}', _at);
            if (close < 0)
            {
                word.Append(_text, start, _text.Length - start);
                _at = _text.Length;
                return;
            }

            var inner = _text[(_at + 1)..close];
            _at = close + 1;
            word.Append(Expand(inner) ?? _text[start.._at]);
            return;
        }

        var nameStart = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        var name = _text[nameStart.._at];
        word.Append(name.Length > 0 && _lookup(name) is { } value ? value : _text[start.._at]);
    }

    /// <summary>NAME, NAME:-default or NAME:+alternative; null when it cannot be decided (unknown variable).</summary>
    private string? Expand(string inner)
    {
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return _lookup(inner);
        }

        var value = _lookup(inner[..colon]);
        var rest = inner[(colon + 1)..];
        return rest.Length > 0 && rest[0] == '-' ? (string.IsNullOrEmpty(value) ? rest[1..] : value)
            : rest.Length > 0 && rest[0] == '+' ? (string.IsNullOrEmpty(value) ? string.Empty : rest[1..])
            : null;
    }
}
