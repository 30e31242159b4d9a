using System.Text;

namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// Hands out SPDX element ids for bom-refs. Purls are full of characters SPDX ids forbid ('/', '@', '%', ':'),
/// so sanitising can map two refs onto one id; the later ref (in ordinal order, so the result does not depend
/// on input order) gets "-2", "-3", ... until the id is free.
/// </summary>
internal sealed class SpdxIds
{
    private const string Prefix = "SPDXRef-";
    private readonly Dictionary<string, string> byRef = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal) { SpdxDocumentModel.DocumentId };

    /// <summary>Assigns ids to every ref, in ordinal order; a ref seen before keeps its id.</summary>
    public static SpdxIds For(IEnumerable<string> refs)
    {
        var ids = new SpdxIds();
        foreach (var bomRef in refs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            ids.Assign(bomRef);
        }

        return ids;
    }

    public string? Find(string bomRef) => byRef.GetValueOrDefault(bomRef);

    public string this[string bomRef] => byRef[bomRef];

    /// <summary>"SPDXRef-" and the ref with every character outside [A-Za-z0-9.-] replaced by '-'.</summary>
    public static string Sanitise(string bomRef)
    {
        var builder = new StringBuilder(Prefix, Prefix.Length + bomRef.Length);
        foreach (var c in bomRef)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-');
        }

        // An empty ref would leave the bare prefix, which the id grammar rejects.
        return builder.Length == Prefix.Length ? Prefix + "package" : builder.ToString();
    }

    private void Assign(string bomRef)
    {
        var id = Sanitise(bomRef);
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        byRef[bomRef] = candidate;
    }
}
