using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Sightline.Analysis.Scip.Protobuf;

/// <summary>The message decoders, one per SCIP message, by field number from scip.proto.</summary>
public static partial class ScipIndexReader
{
    private static ScipIndex ReadIndex(CodedInputStream input)
    {
        var metadata = new ScipMetadata();
        var documents = new List<ScipDocument>();
        var external = new List<ScipSymbolInformation>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 10: metadata = ReadMetadata(Nested(input, 1), 1); break;
                case 18: documents.Add(ReadDocument(Nested(input, 1), 1)); break;
                case 26: external.Add(ReadSymbolInformation(Nested(input, 1))); break;
                default: Skip(input, tag); break;
            }
        }

        return new ScipIndex { Metadata = metadata, Documents = documents, ExternalSymbols = external };
    }

    private static ScipMetadata ReadMetadata(CodedInputStream input, int depth)
    {
        int version = 0;
        string toolName = "", toolVersion = "", root = "";
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 8: version = input.ReadEnum(); break;
                case 18: (toolName, toolVersion) = ReadToolInfo(Nested(input, depth + 1)); break;
                case 26: root = input.ReadString(); break;
                default: Skip(input, tag); break;
            }
        }

        return new ScipMetadata { Version = version, ToolName = toolName, ToolVersion = toolVersion, ProjectRoot = root };
    }

    private static (string Name, string Version) ReadToolInfo(CodedInputStream input)
    {
        string name = "", version = "";
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 10: name = input.ReadString(); break;
                case 18: version = input.ReadString(); break;
                default: Skip(input, tag); break;
            }
        }

        return (name, version);
    }

    private static ScipDocument ReadDocument(CodedInputStream input, int depth)
    {
        string path = "", language = "";
        var occurrences = new List<ScipOccurrence>();
        var symbols = new List<ScipSymbolInformation>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 10: path = input.ReadString(); break;
                case 18: occurrences.Add(ReadOccurrence(Nested(input, depth + 1))); break;
                case 26: symbols.Add(ReadSymbolInformation(Nested(input, depth + 1))); break;
                case 34: language = input.ReadString(); break;
                default: Skip(input, tag); break;
            }
        }

        return new ScipDocument { RelativePath = path, Language = language, Occurrences = occurrences, Symbols = symbols };
    }

    private static readonly FieldCodec<int> RangeCodec = FieldCodec.ForInt32(10);
    private static readonly FieldCodec<int> EnclosingCodec = FieldCodec.ForInt32(58);

    private static ScipOccurrence ReadOccurrence(CodedInputStream input)
    {
        var range = new RepeatedField<int>();
        var enclosing = new RepeatedField<int>();
        string symbol = "";
        int roles = 0;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 8 or 10: range.AddEntriesFrom(input, RangeCodec); break;
                case 18: symbol = input.ReadString(); break;
                case 24: roles = input.ReadInt32(); break;
                case 56 or 58: enclosing.AddEntriesFrom(input, EnclosingCodec); break;
                default: Skip(input, tag); break;
            }
        }

        return new ScipOccurrence
        {
            Range = ToRange([.. range], "an occurrence's range") ?? throw new ScipFormatException("malformed SCIP index: an occurrence of '" + symbol + "' has no range"),
            Symbol = symbol,
            Roles = (ScipSymbolRoles)roles,
            EnclosingRange = ToRange([.. enclosing], "an occurrence's enclosing range"),
        };
    }

    private static ScipSymbolInformation ReadSymbolInformation(CodedInputStream input)
    {
        string symbol = "", display = "", enclosing = "";
        int kind = 0;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 10: symbol = input.ReadString(); break;
                case 40: kind = input.ReadEnum(); break;
                case 50: display = input.ReadString(); break;
                case 66: enclosing = input.ReadString(); break;
                default: Skip(input, tag); break;
            }
        }

        return new ScipSymbolInformation { Symbol = symbol, Kind = kind, DisplayName = display, EnclosingSymbol = enclosing };
    }
}
