using System.Xml;

namespace Sightline.Remediation.Patching;

/// <summary>Reads an XML manifest into <see cref="XmlElementSpan"/>s, mapping XmlReader's line/column to offsets.</summary>
internal static class XmlSpanReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element, or null with the reason (XML errors carry their line).</summary>
    public static XmlElementSpan? TryRead(string text, out string? error)
    {
        // A BOM decoded into the string is not part of the markup; offsets are shifted past it.
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lines = new LineMap(text, bom);
        XmlElementSpan? root = null;
        var stack = new Stack<XmlElementSpan>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text[bom..]), Settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var parent = stack.Count > 0 ? stack.Peek() : null;
                        var element = new XmlElementSpan(reader.LocalName, lines.Offset(info.LineNumber, info.LinePosition) - 1, parent);
                        parent?.Children.Add(element);
                        root ??= element;
                        var empty = reader.IsEmptyElement;
                        ReadAttributes(reader, info, lines, text, element);
                        if (!empty)
                        {
                            stack.Push(element);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when stack.Count > 0 && stack.Peek().Children.Count == 0:
                        stack.Peek().Text = TextSpan(text, lines.Offset(info.LineNumber, info.LinePosition), reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        var closed = stack.Pop();
                        closed.EndTag = lines.Offset(info.LineNumber, info.LinePosition) - 2;
                        if (closed.Children.Count > 0)
                        {
                            closed.Text = null;
                        }

                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            error = exception.Message;
            return null;
        }

        error = root is null ? "no root element" : null;
        return root;
    }

    private static void ReadAttributes(XmlReader reader, IXmlLineInfo info, LineMap lines, string text, XmlElementSpan element)
    {
        while (reader.MoveToNextAttribute())
        {
            // The position is the attribute name's; the value sits after '=' and the opening quote.
            var position = lines.Offset(info.LineNumber, info.LinePosition);
            var quote = text.IndexOfAny(['"', '\''], position);
            var close = quote < 0 ? -1 : text.IndexOf(text[quote], quote + 1);
            if (close > quote)
            {
                element.Attributes[reader.LocalName] = new XmlValueSpan(quote + 1, close, reader.Value);
            }
        }

        reader.MoveToElement();
    }

    private static XmlValueSpan TextSpan(string text, int start, string value)
    {
        var end = text.IndexOf('<', start);
        end = end < 0 ? text.Length : end;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new XmlValueSpan(start, end, value.Trim());
    }

    /// <summary>XmlReader counts CRLF, CR and LF each as one line break; columns are 1-based.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [];

        public LineMap(string text, int offset)
        {
            _starts.Add(offset);
            for (var i = offset; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\n' or '\r')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int Offset(int line, int column) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)] + column - 1;
    }
}
