using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Reads a Gemfile.lock (or gems.locked) line by line. The format is indentation-based: unindented
/// section headers (GEM, GIT, PATH, PLUGIN SOURCE, PLATFORMS, DEPENDENCIES, CHECKSUMS, RUBY VERSION,
/// BUNDLED WITH), two-space source fields, four-space specs and six-space spec dependencies.
/// </summary>
internal static partial class GemLockfileParser
{
    private enum Section
    {
        None,
        Source,
        Platforms,
        Dependencies,
        Checksums,
        RubyVersion,
        BundledWith,
        Unknown,
    }

    public static GemLockfile Parse(Stream stream)
    {
        var lockfile = new GemLockfile();
        using var reader = new StreamReader(stream);
        var section = Section.None;
        GemLockSource? source = null;
        GemLockSpec? spec = null;
        var inSpecs = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            var indent = Indentation(line, number);
            if (indent == 0)
            {
                (section, source) = Header(line.TrimEnd(), number, lockfile);
                spec = null;
                inSpecs = false;
                continue;
            }

            var text = line.Trim();
            if (section is Section.Platforms or Section.Dependencies or Section.Checksums && indent != 2)
            {
                throw new ManifestFormatException(
                    indent == 4 ? $"'{Shorten(text)}' looks like a spec but is outside any GEM, GIT or PATH section" : $"unexpected indentation {indent} in a two-space list: '{Shorten(text)}'",
                    number, indent + 1);
            }

            switch (section)
            {
                case Section.None:
                    throw new ManifestFormatException($"'{Shorten(text)}' is outside any section (GEM, GIT, PATH, DEPENDENCIES...)", number, indent + 1);
                case Section.Source:
                    SourceLine(source!, text, indent, number, ref spec, ref inSpecs, lockfile);
                    break;
                case Section.Platforms:
                    lockfile.Platforms.Add(text);
                    break;
                case Section.Dependencies:
                    var (name, requirement, pinned) = NameAndParenthesis(text, number, indent, allowBang: true);
                    lockfile.Dependencies.Add(new GemLockDependency(name, requirement, pinned, number));
                    break;
                case Section.Checksums:
                    Checksum(text, number, indent, lockfile);
                    break;
                case Section.RubyVersion:
                    lockfile.RubyVersion = text;
                    break;
                case Section.BundledWith:
                    lockfile.BundledWith = text;
                    break;
                default:
                    // A section a newer Bundler added: its lines are not ours to interpret.
                    break;
            }
        }

        return lockfile;
    }

    private static (Section, GemLockSource?) Header(string header, int number, GemLockfile lockfile)
    {
        switch (header)
        {
            case "GEM" or "GIT" or "PATH" or "PLUGIN SOURCE":
                var source = new GemLockSource(header, number);
                lockfile.Sources.Add(source);
                return (Section.Source, source);
            case "PLATFORMS":
                return (Section.Platforms, null);
            case "DEPENDENCIES":
                return (Section.Dependencies, null);
            case "CHECKSUMS":
                return (Section.Checksums, null);
            case "RUBY VERSION":
                return (Section.RubyVersion, null);
            case "BUNDLED WITH":
                return (Section.BundledWith, null);
            default:
                if (header.All(c => c is (>= 'A' and <= 'Z') or ' ' or '_'))
                {
                    return (Section.Unknown, null);
                }

                throw new ManifestFormatException($"expected a section header (GEM, GIT, PATH, PLATFORMS, DEPENDENCIES...), found '{Shorten(header)}'", number, 1);
        }
    }

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

    private static int Indentation(string line, int number)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent < line.Length && line[indent] == '\t')
        {
            throw new ManifestFormatException("tab in indentation: Gemfile.lock indents with spaces", number, indent + 1);
        }

        return indent;
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
