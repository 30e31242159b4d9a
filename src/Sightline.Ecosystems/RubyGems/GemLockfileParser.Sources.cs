using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.RubyGems;

internal static partial class GemLockfileParser
{
    private static void SourceLine(GemLockSource source, string text, int indent, int number, ref GemLockSpec? spec, ref bool inSpecs, GemLockfile lockfile)
    {
        switch (indent)
        {
            case 2:
                SourceField(source, text, number, ref inSpecs);
                spec = null;
                break;
            case 4 when inSpecs:
                var (name, inside, _) = NameAndParenthesis(text, number, indent, allowBang: false);
                if (inside is null)
                {
                    throw new ManifestFormatException($"spec '{Shorten(text)}' has no version: expected 'name (version)'", number, indent + 1);
                }

                // Bundler splits "1.15.4-x86_64-linux" at the first '-': versions never contain one here.
                var dash = inside.IndexOf('-', StringComparison.Ordinal);
                spec = dash < 0
                    ? new GemLockSpec(source, name, inside, null, number)
                    : new GemLockSpec(source, name, inside[..dash], inside[(dash + 1)..], number);
                lockfile.Specs.Add(spec);
                break;
            case 6 when spec is not null:
                var (dependency, requirement, _) = NameAndParenthesis(text, number, indent, allowBang: false);
                spec.Dependencies.Add(new GemLockDependency(dependency, requirement, false, number));
                break;
            default:
                throw new ManifestFormatException(
                    indent == 6 ? $"dependency '{Shorten(text)}' does not follow a spec" : $"'{Shorten(text)}' is not a source field, a spec under specs: or a spec's dependency (indentation {indent})",
                    number, indent + 1);
        }
    }

    private static void SourceField(GemLockSource source, string text, int number, ref bool inSpecs)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new ManifestFormatException($"expected 'field: value' in a {source.Kind} section, found '{Shorten(text)}'", number, 3);
        }

        var value = text[(colon + 1)..].Trim();
        switch (text[..colon])
        {
            case "remote": source.Remote = value; break;
            case "revision": source.Revision = value; break;
            case "branch": source.Branch = value; break;
            case "tag": source.Tag = value; break;
            case "ref": source.Ref = value; break;
            case "specs": inSpecs = true; break;
            default: break; // glob, submodules, type and plugin options change nothing in the graph
        }
    }

    private static void Checksum(string text, int number, int indent, GemLockfile lockfile)
    {
        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (close < 0 || !text.Contains(" (", StringComparison.Ordinal))
        {
            throw new ManifestFormatException($"expected 'name (version) sha256=...', found '{Shorten(text)}'", number, indent + 1);
        }

        foreach (var sum in text[(close + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (sum.StartsWith("sha256=", StringComparison.Ordinal) && sum.Length > 7)
            {
                lockfile.Checksums[text[..(close + 1)]] = "sha256:" + sum[7..];
            }
        }
    }
}
