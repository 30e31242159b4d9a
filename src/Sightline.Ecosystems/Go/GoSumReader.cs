using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

/// <summary>What go.sum says about one module version: the module zip hash and whether its go.mod is hashed.</summary>
internal sealed class GoSumEntry
{
    /// <summary>"h1:..." of the module zip (the line without "/go.mod"); null until found.</summary>
    public string? Zip { get; set; }

    public bool GoMod { get; set; }
}

/// <summary>
/// Streams a go.sum (or go.work.sum): "module version[/go.mod] hash" per line. Only the entries asked for
/// are kept, so a go.sum of hundreds of megabytes is read line by line in constant memory.
/// </summary>
internal static class GoSumReader
{
    private const string GoModSuffix = "/go.mod";

    /// <summary>
    /// Fills <paramref name="wanted"/> (keyed "module version") from the stream; returns the lines read.
    /// A line without exactly three fields is malformed, as for the go command.
    /// </summary>
    public static long Fill(Stream stream, Dictionary<string, GoSumEntry> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        using var reader = new StreamReader(stream, leaveOpen: true);
        Span<Range> fields = stackalloc Range[4];
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.AsSpan();
            var count = Fields(text, fields);
            if (count == 0)
            {
                continue;
            }

            if (count != 3)
            {
                throw new ManifestFormatException($"malformed go.sum line: expected 'module version hash', found {(count > 3 ? "more than 3" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields", number, 1);
            }

            var version = text[fields[1]];
            var goMod = version.EndsWith(GoModSuffix, StringComparison.Ordinal);
            if (goMod)
            {
                version = version[..^GoModSuffix.Length];
            }

            // "module version" as one key without allocating: the first two fields are one space apart in
            // every go.sum the go command writes; other spacing is looked up through a composed string.
            var key = fields[1].Start.Value == fields[0].End.Value + 1
                ? text[fields[0].Start.Value..(fields[1].Start.Value + version.Length)]
                : string.Concat(text[fields[0]], " ", version).AsSpan();
            if (lookup.TryGetValue(key, out var entry))
            {
                if (goMod)
                {
                    entry.GoMod = true;
                }
                else if (text[fields[2]].StartsWith("h1:", StringComparison.Ordinal))
                {
                    entry.Zip ??= text[fields[2]].ToString();
                }
            }
        }

        return number;
    }

    /// <summary>strings.Fields up to <paramref name="fields"/>.Length + 1 (counting is all that matters past that).</summary>
    private static int Fields(ReadOnlySpan<char> text, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (count == fields.Length)
            {
                return count + 1;
            }

            fields[count++] = start..i;
        }

        return count;
    }
}
