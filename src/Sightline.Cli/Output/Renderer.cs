using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sightline.Cli.Output;

/// <summary>Writes a command's result as a table (Spectre.Console) or as JSON, to the terminal or a file.</summary>
internal sealed class Renderer : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    public Renderer(TextWriter writer, bool ownsWriter, string format, bool interactive)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        Format = format;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Files and pipes have no width; wide enough that paths are not wrapped mid-name.
            Console.Profile.Width = 240;
        }
    }

    /// <summary>table, json, markdown or sarif.</summary>
    public string Format { get; }

    public bool IsJson => Format == "json";

    public IAnsiConsole Console { get; }

    public void Json<T>(T value)
    {
        _writer.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
        _writer.Flush();
    }

    public void Write(IRenderable renderable) => Console.Write(renderable);

    /// <summary>Raw text (Markdown), as is.</summary>
    public void Text(string text)
    {
        _writer.Write(text);
        _writer.Flush();
    }

    /// <summary>Bytes written by a stream-based writer (SARIF), through the same destination.</summary>
    public void Stream(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        write(buffer);
        _writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        _writer.WriteLine();
        _writer.Flush();
    }

    public void Line(string markup) => Console.MarkupLine(markup);

    public void Dispose()
    {
        _writer.Flush();
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }
}
