using Google.Protobuf;

namespace Sightline.Analysis.Scip.Protobuf;

/// <summary>
/// Reads a SCIP index with Google.Protobuf's wire reader. The message classes are written by hand
/// (no protoc here) and model only the fields reachability uses; every other field is skipped, as
/// protobuf requires of unknown fields.
/// </summary>
public static partial class ScipIndexReader
{
    /// <summary>Default size limit: indexes of large monorepos run to tens of MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>Nesting limit for messages and groups; the SCIP schema itself nests four deep.</summary>
    public const int MaxDepth = 16;

    /// <summary>Reads a whole index. Throws <see cref="ScipFormatException"/> on malformed, truncated or oversized input.</summary>
    public static ScipIndex Read(Stream stream, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadAll(stream, maxBytes);
        try
        {
            return ReadIndex(new CodedInputStream(bytes));
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new ScipFormatException("malformed SCIP index: " + e.Message, e);
        }
    }

    private static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ScipFormatException($"SCIP index is larger than the limit of {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A nested message's bytes as their own stream; depth is counted by the caller.</summary>
    private static CodedInputStream Nested(CodedInputStream input, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ScipFormatException($"SCIP index nests messages deeper than {MaxDepth}");
        }

        return input.ReadBytes().CreateCodedInput();
    }

    private static void Skip(CodedInputStream input, uint tag)
    {
        if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.EndGroup)
        {
            throw new ScipFormatException($"malformed SCIP index: unexpected end-group tag (field {WireFormat.GetTagFieldNumber(tag)})");
        }

        input.SkipLastField();
    }

    private static ScipRange? ToRange(List<int> values, string what)
    {
        return values.Count switch
        {
            0 => null,
            3 => new ScipRange(values[0], values[1], values[0], values[2]),
            4 => new ScipRange(values[0], values[1], values[2], values[3]),
            _ => throw new ScipFormatException($"malformed SCIP index: {what} has {values.Count} numbers, not 3 or 4"),
        };
    }
}
