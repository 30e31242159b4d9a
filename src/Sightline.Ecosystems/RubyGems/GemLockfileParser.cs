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
