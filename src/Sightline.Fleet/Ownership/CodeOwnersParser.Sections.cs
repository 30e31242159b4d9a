using System.Globalization;

namespace Sightline.Fleet.Ownership;

internal sealed partial class CodeOwnersParser
{
    /// <summary>Combined sections; index 0 stands for GitLab's unnamed default section and stays null.</summary>
    private readonly List<CodeOwnersSection?> _sections = [null];
    private readonly Dictionary<string, int> _sectionIds = new(StringComparer.OrdinalIgnoreCase);
    private int _currentSection;
    private IReadOnlyList<string> _currentDefaults = [];

    /// <summary>Sections by id (0 is the default section, null).</summary>
    public IReadOnlyList<CodeOwnersSection?> Sections => _sections;

    /// <summary>
    /// "[Name]", "^[Name]" (optional), "[Name][2]" (approvals), then default owners. A header without its
    /// ']' is not a header: GitLab reads the line as an entry of the current section, and so do we.
    /// </summary>
    private bool TryParseSection(int number, ReadOnlySpan<char> line)
    {
        var optional = line[0] == '^';
        var rest = line[(optional ? 2 : 1)..];
        var close = rest.IndexOf(']');
        if (close < 0)
        {
            Report(number, "section header without its closing ']': GitLab reads the line as an entry");
            return false;
        }

        var name = rest[..close].Trim().ToString();
        rest = rest[(close + 1)..];
        if (name.Length == 0)
        {
            Report(number, "section header without a name; ignored");
            return true;
        }

        var approvals = 1;
        if (rest.StartsWith('['))
        {
            var end = rest.IndexOf(']');
            var count = end < 0 ? rest[1..] : rest[1..end];
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out approvals))
            {
                Report(number, $"approval count '[{count}]' is not a number: GitLab requires 1 approval");
            }

            // GitLab's documentation: 0 or an invalid count means one approval.
            approvals = Math.Max(1, approvals);
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        var defaults = new List<string>();
        var invalid = new List<string>();
        foreach (var token in Tokenize(rest))
        {
            (OwnerSyntax.IsValid(token, flavor) ? defaults : invalid).Add(token);
        }

        if (invalid.Count > 0)
        {
            Report(number, $"{string.Join(", ", invalid.Select(t => "'" + t + "'"))}: not valid default owners ({OwnerSyntax.Describe(flavor)}); ignored");
        }

        EnterSection(number, name, optional, approvals, defaults);
        return true;
    }

    private void EnterSection(int number, string name, bool optional, int approvals, List<string> defaults)
    {
        if (!_sectionIds.TryGetValue(name, out var id))
        {
            id = _sections.Count;
            _sectionIds[name] = id;
            _sections.Add(new CodeOwnersSection(name, number, optional, approvals, defaults));
        }
        else
        {
            // Repeated headers combine; the strictest settings win, as GitLab's maintainers specified.
            var known = _sections[id]!;
            _sections[id] = known with
            {
                Optional = known.Optional && optional,
                Approvals = Math.Max(known.Approvals, approvals),
                DefaultOwners = [.. known.DefaultOwners.Union(defaults, StringComparer.OrdinalIgnoreCase)],
            };
        }

        _currentSection = id;
        _currentDefaults = defaults;
    }
}
