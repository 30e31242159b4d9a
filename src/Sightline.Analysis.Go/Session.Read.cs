using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Parsing;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go;

internal sealed partial class Session
{
    private const int MaxWarnings = 20;

    /// <summary>Go's marker for generated code (https://go.dev/s/generatedcode), before the package clause.</summary>
    [GeneratedRegex(@"^// Code generated .* DO NOT EDIT\.$", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedMarker();

    /// <summary>Reads, decodes and parses one file; or says why it is skipped.</summary>
    private (Parsed? File, FileAnalysis? Skipped) Read(string path, ModuleMap modules)
    {
        var isTest = path.EndsWith("_test.go", StringComparison.Ordinal);
        FileAnalysis Skip(string reason, params CodeWarning[] warnings) =>
            new(path, "go") { IsTest = isTest, Skipped = reason, Warnings = warnings };

        var folders = path.Split('/').SkipLast(1).ToList();
        if (folders.Contains("vendor"))
        {
            return (null, Skip("vendored package (vendor/)"));
        }

        if (folders.Contains("testdata"))
        {
            return (null, Skip("test data (testdata/), not built by the go tool"));
        }

        byte[] bytes;
        try
        {
            using var stream = repository.OpenRead(path);
            if (stream.CanSeek && stream.Length > options.MaxFileBytes)
            {
                return (null, Skip($"over the size limit ({options.MaxFileBytes} bytes)"));
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or RepositoryFileException or UnauthorizedAccessException)
        {
            return (null, Skip("unreadable", new CodeWarning($"cannot read {path}: {ex.Message}")));
        }

        if (bytes.Length > options.MaxFileBytes)
        {
            return (null, Skip($"over the size limit ({options.MaxFileBytes} bytes)"));
        }

        var warnings = new List<CodeWarning>();
        if (!Utf8.IsValid(bytes))
        {
            warnings.Add(new CodeWarning($"{path} is not valid UTF-8: invalid bytes read as U+FFFD"));
        }

        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.AsSpan().Count('\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0);
        if (IsGenerated(text))
        {
            return (null, Skip("generated code (// Code generated ... DO NOT EDIT.)") with { Lines = lines });
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (options.FileTimeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(options.FileTimeout);
        }
        else
        {
            // No time at all: CancelAfter(0) would race the parse on a timer thread.
            timeout.Cancel();
        }
        Syntax.GoFile file;
        try
        {
            file = Parser.Parse(text, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, Skip("timed out"));
        }

        foreach (var (message, line) in file.Errors.Take(MaxWarnings))
        {
            warnings.Add(new CodeWarning($"{path}:{line}: syntax error: {message}; the rest of that statement is skipped", line));
        }

        if (file.Errors.Count > MaxWarnings)
        {
            warnings.Add(new CodeWarning($"{path}: {file.Errors.Count - MaxWarnings} more syntax errors"));
        }

        var (importPath, module) = modules.ImportPath(ModuleMap.Folder(path));
        if (isTest && file.Package is { } package && package.EndsWith("_test", StringComparison.Ordinal))
        {
            importPath += "_test";
        }

        return (new Parsed(new FileContext(path, importPath, file, isTest, text, module), warnings, lines), null);
    }

    private static bool IsGenerated(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].TrimEnd('\r');
            if (line.StartsWith("package ", StringComparison.Ordinal))
            {
                return false;
            }

            if (line.StartsWith("// Code generated ", StringComparison.Ordinal) && GeneratedMarker().IsMatch(line.ToString()))
            {
                return true;
            }
        }

        return false;
    }
}
