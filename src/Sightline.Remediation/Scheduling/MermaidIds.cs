using System.Text;

namespace Sightline.Remediation.Scheduling;

/// <summary>
/// Mermaid task ids: letters, digits and '_' only, prefixed so an id can never read as a tag (<c>crit</c>,
/// <c>done</c>...) or start with a digit, made unique with a counter when two ids sanitise alike.
/// </summary>
internal sealed class MermaidIds
{
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string For(string id)
    {
        if (byId.TryGetValue(id, out var known))
        {
            return known;
        }

        var name = new StringBuilder("t_");
        foreach (var c in id)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var candidate = name.ToString();
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{name}_{n}";
        }

        byId[id] = candidate;
        return candidate;
    }
}
