using Acornima;
using Acornima.Ast;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Parsing;

/// <summary>
/// Acornima, as an ES module or a CommonJS script, whichever the file is. Acornima stops at the first
/// syntax error, so recovery is done here: the offending line is blanked (offsets unchanged) and the
/// file parsed again, a few times, each time with a warning naming the line.
/// </summary>
internal static class JsParser
{
    private const int MaxRecoveries = 12;

    private static readonly ParserOptions ModuleOptions = Options();
    private static readonly ParserOptions ScriptOptions = Options();

    public enum Mode
    {
        Either,
        Module,
        Script,
    }

    public static Program? Parse(ref string text, Mode mode, string path, List<CodeWarning> warnings)
    {
        var (program, error, useModule) = TryBoth(text, mode);
        if (program is not null)
        {
            return program;
        }

        var chars = text.ToCharArray();
        for (var attempt = 0; attempt < MaxRecoveries && error is not null; attempt++)
        {
            warnings.Add(new CodeWarning($"{path}: syntax error at line {error.LineNumber}: {error.Description}; the line was left out", error.LineNumber));
            if (!BlankLine(chars, error.LineNumber))
            {
                break;
            }

            (program, error) = TryOne(new string(chars), useModule);
            if (program is not null)
            {
                text = new string(chars);
                return program;
            }
        }

        warnings.Add(new CodeWarning($"{path}: could not be parsed; only the module itself is reported", error?.LineNumber));
        return null;
    }

    private static (Program?, ParseErrorException?, bool UseModule) TryBoth(string text, Mode mode)
    {
        if (mode != Mode.Either)
        {
            var (single, singleError) = TryOne(text, mode == Mode.Module);
            return (single, singleError, mode == Mode.Module);
        }

        var (module, moduleError) = TryOne(text, useModule: true);
        if (module is not null)
        {
            return (module, null, true);
        }

        var (script, scriptError) = TryOne(text, useModule: false);
        if (script is not null)
        {
            return (script, null, false);
        }

        // Recover in the mode that read further: that is the file's real dialect.
        return (scriptError!.Error.Index > moduleError!.Error.Index) ? (null, scriptError, false) : (null, moduleError, true);
    }

    private static (Program?, ParseErrorException?) TryOne(string text, bool useModule)
    {
        try
        {
            return useModule
                ? (new Parser(ModuleOptions).ParseModule(text), null)
                : (new Parser(ScriptOptions).ParseScript(text), null);
        }
        catch (ParseErrorException ex)
        {
            return (null, ex);
        }
    }

    private static bool BlankLine(char[] chars, int line)
    {
        var current = 1;
        var blanked = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                if (++current > line)
                {
                    break;
                }

                continue;
            }

            if (current == line && chars[i] is not ('\r' or '\u2028' or '\u2029') && chars[i] != ' ')
            {
                chars[i] = ' ';
                blanked = true;
            }
        }

        return blanked;
    }

    // Regular expressions are not converted to .NET ones: nothing here runs them, and it is costly.
#pragma warning disable CS0618
    private static ParserOptions Options() => new()
    {
        EcmaVersion = EcmaVersion.Latest,
        ExperimentalESFeatures = ExperimentalESFeatures.All,
        AllowHashBang = true,
        AllowReturnOutsideFunction = true,
        AllowAwaitOutsideFunction = true,
        Tolerant = true,
        RegExpParseMode = RegExpParseMode.Skip,
    };
#pragma warning restore CS0618
}
