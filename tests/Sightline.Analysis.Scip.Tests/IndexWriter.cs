using Google.Protobuf;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>Writes small SCIP indexes by hand (field numbers from scip.proto) for the edge cases real indexers do not produce.</summary>
internal static class IndexWriter
{
    public sealed record Occurrence(int[] Range, string Symbol, int Roles = 0, int[]? Enclosing = null);

    public static byte[] Index(string tool, params (string Path, Occurrence[] Occurrences)[] documents)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        WriteMessage(output, 1, m =>
        {
            WriteMessage(m, 2, t => { t.WriteTag(1, WireFormat.WireType.LengthDelimited); t.WriteString(tool); });
            m.WriteTag(3, WireFormat.WireType.LengthDelimited);
            m.WriteString("file:///project");
        });
        foreach (var (path, occurrences) in documents)
        {
            WriteMessage(output, 2, d =>
            {
                d.WriteTag(1, WireFormat.WireType.LengthDelimited);
                d.WriteString(path);
                foreach (var occurrence in occurrences)
                {
                    WriteMessage(d, 2, o => WriteOccurrence(o, occurrence));
                }
            });
        }

        output.Flush();
        return buffer.ToArray();
    }

    private static void WriteOccurrence(CodedOutputStream output, Occurrence occurrence)
    {
        WritePacked(output, 1, occurrence.Range);
        output.WriteTag(2, WireFormat.WireType.LengthDelimited);
        output.WriteString(occurrence.Symbol);
        if (occurrence.Roles != 0)
        {
            output.WriteTag(3, WireFormat.WireType.Varint);
            output.WriteInt32(occurrence.Roles);
        }

        if (occurrence.Enclosing is not null)
        {
            WritePacked(output, 7, occurrence.Enclosing);
        }
    }

    private static void WritePacked(CodedOutputStream output, int field, int[] values)
    {
        WriteMessage(output, field, p =>
        {
            foreach (var value in values)
            {
                p.WriteInt32(value);
            }
        });
    }

    private static void WriteMessage(CodedOutputStream output, int field, Action<CodedOutputStream> body)
    {
        using var inner = new MemoryStream();
        var stream = new CodedOutputStream(inner);
        body(stream);
        stream.Flush();
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(inner.ToArray()));
    }
}
