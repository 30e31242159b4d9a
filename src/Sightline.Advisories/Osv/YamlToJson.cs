using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sightline.Core.Extraction;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Sightline.Advisories.Osv;

/// <summary>
/// Converts one YAML document to JSON with the YAML 1.2 core schema: quoted scalars are strings, plain
/// null/true/false/numbers become JSON literals, everything else a string. Aliases are refused: an OSV
/// record never needs them and they are how a small file expands into a huge one.
/// </summary>
internal static partial class YamlToJson
{
    public static ReadOnlyMemory<byte> Convert(TextReader reader)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, MaxDepth = OsvParser.MaxDepth + 1 }))
        {
            var parser = new Parser(reader);
            try
            {
                parser.Consume<StreamStart>();
                if (!parser.TryConsume<DocumentStart>(out _))
                {
                    throw new ManifestFormatException("the YAML file is empty");
                }

                WriteNode(parser, writer, 0);
            }
            catch (YamlException ex)
            {
                var message = ex.InnerException is { } inner && ex.Message.StartsWith('(') ? inner.Message : ex.Message;
                throw new ManifestFormatException("invalid YAML: " + message, ex.Start.Line, ex.Start.Column, ex);
            }
        }

        return buffer.WrittenMemory;
    }

    private static void WriteNode(IParser parser, Utf8JsonWriter writer, int depth)
    {
        var current = parser.Current ?? throw new ManifestFormatException("unexpected end of the YAML document");
        if (depth > OsvParser.MaxDepth)
        {
            throw new ManifestFormatException($"YAML nested deeper than {OsvParser.MaxDepth} levels", current.Start.Line, current.Start.Column);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                WriteScalar(writer, scalar);
                break;
            case MappingStart:
                parser.MoveNext();
                writer.WriteStartObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = parser.Current as Scalar
                        ?? throw new ManifestFormatException("a YAML mapping key must be a plain value", parser.Current?.Start.Line, parser.Current?.Start.Column);
                    parser.MoveNext();
                    writer.WritePropertyName(key.Value);
                    WriteNode(parser, writer, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case SequenceStart:
                parser.MoveNext();
                writer.WriteStartArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    WriteNode(parser, writer, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case AnchorAlias alias:
                throw new ManifestFormatException("YAML aliases are not supported in OSV records", alias.Start.Line, alias.Start.Column);
            default:
                throw new ManifestFormatException($"unexpected YAML {current.GetType().Name}", current.Start.Line, current.Start.Column);
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, Scalar scalar)
    {
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
        }
        else if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
        }
        else if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(value[0] is 't' or 'T');
        }
        else if (JsonNumber().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            // Kept as written (1.0 stays 1.0), so a version read back as a string is unchanged.
            writer.WriteRawValue(value, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}
