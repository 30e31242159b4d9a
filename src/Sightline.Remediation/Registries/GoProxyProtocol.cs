using System.Text;

namespace Sightline.Remediation.Registries;

/// <summary>
/// The Go module proxy protocol: GET {base}/{escaped module}/@v/list → one tagged version a line
/// (pseudo-versions are never listed). Escaping (https://go.dev/ref/mod#goproxy-protocol): every
/// upper-case letter becomes "!" and its lower case, so paths stay unambiguous on case-insensitive disks.
/// </summary>
internal sealed class GoProxyProtocol : RegistryProtocol
{
    public static readonly GoProxyProtocol Instance = new();

    public override string Name => "Go module proxy";

    public override string Accept => "text/plain";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.GoProxy;

    public override string? PathFor(string package, out string? problem)
    {
        problem = null;
        var segments = new List<string>();
        foreach (var part in package.Split('/'))
        {
            if (part.Contains('!', StringComparison.Ordinal) || Segment(CaseEncode(part), out problem) is not { } segment)
            {
                problem ??= $"'{package}' is not a valid Go module path";
                return null;
            }

            // "!" is legal in a path; the proxy expects it literally.
            segments.Add(segment.Replace("%21", "!", StringComparison.Ordinal));
        }

        return string.Join('/', segments) + "/@v/list";
    }

    public override IReadOnlyList<string> Parse(byte[] body) =>
        Distinct(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).Split('\n'));

    public static string CaseEncode(string path)
    {
        var builder = new StringBuilder(path.Length + 4);
        foreach (var c in path)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                builder.Append('!').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
