using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sightline.Fleet.Yaml;

/// <summary>
/// Reads a multi-document YAML stream into <see cref="YamlNode"/> trees with YamlDotNet's low-level
/// parser. Aliases are allowed (Kubernetes and Helm files use anchors) but each one is charged the size
/// of the subtree it stands for, so a "billion laughs" document is refused after a million nodes instead
/// of exhausting memory. Never throws for bad input.
/// </summary>
internal sealed partial class YamlLoader
{
    private readonly IParser _parser;
    private readonly YamlLimits _limits;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _expanded;

    private YamlLoader(TextReader reader, YamlLimits limits)
    {
        _parser = new Parser(reader);
        _limits = limits;
    }

    public static YamlLoadResult Load(string text, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return new YamlLoader(reader, limits ?? YamlLimits.Default).LoadAll();
    }

    private YamlLoadResult LoadAll()
    {
        var documents = new List<YamlDocument>();
        var errors = new List<YamlError>();
        try
        {
            _parser.Consume<StreamStart>();
            while (_parser.Accept<DocumentStart>(out var start))
            {
                if (documents.Count + errors.Count >= _limits.MaxDocuments)
                {
                    errors.Add(new YamlError(Line(start.Start), null, $"more than {_limits.MaxDocuments} YAML documents; the rest of the file is not read"));
                    break;
                }

                _parser.MoveNext();
                _anchors.Clear();
                _expanded = 0;
                try
                {
                    var root = ReadNode(0);
                    documents.Add(new YamlDocument(root, root.Line));
                }
                catch (YamlLimitException ex)
                {
                    errors.Add(new YamlError(ex.Line, ex.Column, ex.Message + (ex.Fatal ? "; the rest of the file is not read" : "; document skipped")));
                    if (ex.Fatal)
                    {
                        // Skipping the rest of an over-deep document would cost the scanner time per level: stop here.
                        return new YamlLoadResult(documents, errors);
                    }

                    SkipToDocumentEnd();
                }

                _parser.Consume<DocumentEnd>();
            }

            return new YamlLoadResult(documents, errors);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && ex.Message.StartsWith('(') ? inner.Message : ex.Message;
            errors.Add(new YamlError(Line(ex.Start), Column(ex.Start), "invalid YAML: " + message));
            return new YamlLoadResult(documents, errors) { HasSyntaxError = true };
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws InvalidOperationException and others on some malformed input
        catch (Exception ex) when (ex is not (YamlLimitException or OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            var at = _parser.Current?.Start;
            errors.Add(new YamlError(at is { } mark ? Line(mark) : null, at is { } m ? Column(m) : null, "invalid YAML: the parser gave up (" + ex.Message + ")"));
            return new YamlLoadResult(documents, errors) { HasSyntaxError = true };
        }
    }

    private void SkipToDocumentEnd()
    {
        while (_parser.Current is not DocumentEnd)
        {
            if (!_parser.MoveNext())
            {
                throw new YamlException("unexpected end of the YAML stream");
            }
        }
    }

    private static int Line(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Min(mark.Column, int.MaxValue);

    /// <summary>A document over a limit: skipped, the stream goes on.</summary>
    private sealed class YamlLimitException(string message, Mark at, bool fatal = false) : Exception(message)
    {
        /// <summary>The stream cannot be read further (nesting too deep), rather than just this document.</summary>
        public bool Fatal { get; } = fatal;

        public int Line { get; } = YamlLoader.Line(at);

        public int Column { get; } = YamlLoader.Column(at);
    }
}
