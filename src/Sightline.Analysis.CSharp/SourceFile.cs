using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp;

/// <summary>One .cs file as read and parsed: its tree (null when it was not read), or why it is skipped.</summary>
internal sealed record SourceFile(string Path, SyntaxTree? Tree, string? Skipped, IReadOnlyList<CodeWarning> Warnings, int Lines)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, ["NET", "NETCOREAPP", "TRACE"]);

    public static SourceFile Read(IRepositoryFiles repository, string path, CSharpAnalyserOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            using var stream = repository.OpenRead(path);
            bytes = ReadCapped(stream, options.MaxFileBytes);
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            return new SourceFile(path, null, "not readable: " + ex.Message, [], 0);
        }

        if (bytes.LongLength > options.MaxFileBytes)
        {
            return new SourceFile(path, null, $"over the size limit of {options.MaxFileBytes} bytes", [], 0);
        }

        var warnings = new List<CodeWarning>();
        var text = SourceText.From(Decode(bytes, warnings), Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(text, ParseOptions, path, cancellationToken);
        AddSyntaxWarnings(tree, warnings);
        var skipped = GeneratedCode.IsGenerated(path, text) ? "generated" : null;
        return new SourceFile(path, tree, skipped, warnings, text.Lines.Count);
    }

    private static byte[] ReadCapped(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, List<CodeWarning> warnings)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // UTF-16 with a byte-order mark, as Visual Studio once saved files.
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            warnings.Add(new CodeWarning($"invalid UTF-8 at byte {ex.Index + start}; decoded with replacement characters"));
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static void AddSyntaxWarnings(SyntaxTree tree, List<CodeWarning> warnings)
    {
        const int MaxReported = 20;
        var errors = 0;
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                continue;
            }

            errors++;
            if (errors <= MaxReported)
            {
                var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
                warnings.Add(new CodeWarning($"syntax error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}; analysed what the parser recovered", line));
            }
        }

        if (errors > MaxReported)
        {
            warnings.Add(new CodeWarning($"{errors - MaxReported} more syntax errors not listed"));
        }
    }
}
