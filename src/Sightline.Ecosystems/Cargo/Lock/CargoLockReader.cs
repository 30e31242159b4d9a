using Sightline.Core.Extraction;
using Sightline.Ecosystems.Cargo.Toml;
using Tomlyn.Parsing;

namespace Sightline.Ecosystems.Cargo.Lock;

/// <summary>
/// Reads Cargo.lock from Tomlyn's event stream rather than its document model: only the fields the graph
/// needs are kept, so memory stays near twice the file size (Tomlyn holds the text) on huge lockfiles.
/// [[package]], v1's [root] and [metadata] are read; [[patch.unused]] and anything else is skipped.
/// </summary>
internal static class CargoLockReader
{
    public static CargoLock Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var events = new TomlEvents(TomlParser.Create(reader, TomlInput.Options));
        var lockfile = new CargoLock();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        events.Expect(TomlParseEventKind.StartDocument);
        events.Expect(TomlParseEventKind.StartTable);
        while (events.Next() == TomlParseEventKind.PropertyName)
        {
            var key = events.PropertyName();
            switch (key)
            {
                case "version":
                    lockfile.DeclaredVersion = ReadVersion(events);
                    break;
                case "package":
                    events.Expect(TomlParseEventKind.StartArray, "'package' must be an array of tables ([[package]])");
                    while (events.Next() == TomlParseEventKind.StartTable)
                    {
                        lockfile.Packages.Add(ReadPackage(events, sources));
                    }

                    break;
                case "root":
                    // Cargo.lock files before 2017 kept the root package in a [root] table.
                    events.Expect(TomlParseEventKind.StartTable, "'root' must be a table");
                    lockfile.Packages.Add(ReadPackage(events, sources));
                    break;
                case "metadata":
                    ReadMetadata(events, lockfile);
                    break;
                default:
                    events.SkipValue();
                    break;
            }
        }

        return lockfile;
    }

    private static int ReadVersion(TomlEvents events)
    {
        var line = events.Line;
        if (events.Next() != TomlParseEventKind.Integer)
        {
            throw new ManifestFormatException("'version' must be an integer", line, null);
        }

        var version = events.Int64();
        return version is >= 1 and <= 4
            ? (int)version
            : throw new ManifestFormatException($"Cargo.lock version {version} is not supported (versions 1 to 4 are)", line, null);
    }

    /// <summary>Reads one package table; <paramref name="sources"/> shares the few distinct source strings.</summary>
    private static CargoLockPackage ReadPackage(TomlEvents events, Dictionary<string, string> sources)
    {
        string? name = null, version = null, source = null, checksum = null;
        var dependencies = new List<LockReference>();
        long line = 0;
        while (events.Next() == TomlParseEventKind.PropertyName)
        {
            line = line == 0 ? events.Line : line;
            switch (events.PropertyName())
            {
                case "name": name = events.String("name"); break;
                case "version": version = events.String("version"); break;
                case "source":
                    source = events.String("source");
                    source = sources.TryGetValue(source, out var shared) ? shared : sources[source] = source;
                    break;
                case "checksum": checksum = events.String("checksum"); break;
                case "dependencies":
                    events.Expect(TomlParseEventKind.StartArray, "'dependencies' must be an array of strings");
                    while (events.Next() == TomlParseEventKind.String)
                    {
                        dependencies.Add(new LockReference(events.StringValue(), events.Line));
                    }

                    events.ExpectCurrent(TomlParseEventKind.EndArray, "'dependencies' must be an array of strings");
                    break;
                default:
                    events.SkipValue();
                    break;
            }
        }

        events.ExpectCurrent(TomlParseEventKind.EndTable, "unexpected value in [[package]]");
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version))
        {
            throw new ManifestFormatException($"[[package]] {(name is null ? "without a name" : $"'{name}' without a version")}", line == 0 ? null : line, null);
        }

        return new CargoLockPackage(name, version, source, checksum, dependencies, line);
    }

    private static void ReadMetadata(TomlEvents events, CargoLock lockfile)
    {
        events.Expect(TomlParseEventKind.StartTable, "'metadata' must be a table");
        while (events.Next() == TomlParseEventKind.PropertyName)
        {
            var key = events.PropertyName();
            if (key.StartsWith("checksum ", StringComparison.Ordinal))
            {
                lockfile.MetadataChecksums[key] = events.String(key);
            }
            else
            {
                events.SkipValue();
            }
        }
    }
}
