using Acornima.Ast;
using Sightline.Analysis.JavaScript.Linking;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>
/// One pass over a parsed file: definitions, imports, exports, and every call site with the binding of
/// its callee. Scopes are tracked lexically; declarations are hoisted per scope (see Prescan) so a helper
/// defined below its caller still resolves.
/// </summary>
internal sealed partial class ModuleWalker
{
    /// <summary>Deeper than this, the rest of an expression is not walked (said in a warning); the parse runs on a big stack.</summary>
    private const int MaxDepth = 1500;

    private readonly FileModel _model;
    private readonly string _original;
    private readonly string _parsed;
    private readonly LineMap _lines;
    private readonly Specifiers _specifiers;
    private readonly Budget _budget;
    private readonly IReadOnlySet<int> _syntheticParens;
    private readonly Dictionary<Node, DefinitionBuilder> _definitions = [];
    private readonly Dictionary<Node, LocalClass> _classes = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<Node> _recordedRequires = [];
    private Scope _scope = new(null, isFunction: true);
    private Frame _frame;
    private int _depth;
    private bool _depthWarned;

    /// <param name="original">The source as written (call texts come from it).</param>
    /// <param name="parsed">What was parsed: the same text with TypeScript types and JSX markup blanked, offsets unchanged.</param>
    /// <param name="syntheticParens">Offsets of parentheses the JSX rewrite introduced: calls they form are not real.</param>
    public ModuleWalker(FileModel model, string original, string parsed, LineMap lines, Specifiers specifiers, Budget budget, IReadOnlySet<int> syntheticParens)
    {
        _model = model;
        _original = original;
        _parsed = parsed;
        _lines = lines;
        _specifiers = specifiers;
        _budget = budget;
        _syntheticParens = syntheticParens;
        _frame = new Frame(model.ModuleId, string.Empty, UnknownValue.Instance);
    }

    /// <summary>Walks the file; a file that could not be parsed at all still has its module definition.</summary>
    public void Walk(Program? program)
    {
        var module = new DefinitionBuilder(_model.ModuleId, "<module>", DefinitionKind.Module, 1, Math.Max(1, _lines.LineCount), 1);
        _model.Definitions.Insert(0, module);
        _ids.Add(module.Id);
        if (program is null)
        {
            return;
        }

        Prescan(program.Body);
        foreach (var statement in program.Body)
        {
            Visit(statement);
        }
    }

    private string Qualify(string name) => _frame.Qualifier.Length == 0 ? name : _frame.Qualifier + "." + name;

    /// <summary>The definition of a function-like node, created once: hoisting and the walk ask for it in the same frame.</summary>
    private DefinitionBuilder Define(Node node, string? qualifiedName, DefinitionKind kind, Node? rangeNode = null)
    {
        if (_definitions.TryGetValue(node, out var existing))
        {
            return existing;
        }

        var range = rangeNode ?? node;
        var (line, column) = _lines.Position(range.Start);
        var (endLine, _) = _lines.Position(Math.Max(range.Start, range.End - 1));
        var name = qualifiedName ?? $"<anonymous@{line}:{column}>";
        var id = _model.Path + "#" + name;
        if (!_ids.Add(id))
        {
            // Two definitions with one name (a redeclaration, a getter and its setter): the position tells them apart.
            name += $"@{line}:{column}";
            id = _model.Path + "#" + name;
            _ids.Add(id);
        }

        var definition = new DefinitionBuilder(id, name, qualifiedName is null ? DefinitionKind.Lambda : kind, line, endLine, column);
        _definitions[node] = definition;
        _model.Definitions.Add(definition);
        return definition;
    }

    private void AddCall(CallKind kind, Binding callee, bool isNew, string text, int offset, bool isArgument = false, bool isHandler = false)
    {
        var (line, column) = _lines.Position(offset);
        _model.Calls.Add(new PendingCall(_frame.Id, kind, callee, isNew, text, line, column) { IsArgument = isArgument, IsHandler = isHandler });
    }

    /// <summary>Source text for a call or reference, on one line and short.</summary>
    private string Text(int start, int end, string prefix = "")
    {
        const int Max = 80;
        var length = Math.Min(end, _original.Length) - start;
        if (length <= 0)
        {
            return prefix.Trim();
        }

        var raw = _original.AsSpan(start, Math.Min(length, Max * 2));
        var builder = new System.Text.StringBuilder(prefix, Max + 8);
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length >= Max)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }

    private bool Enter()
    {
        _budget.Step();
        if (_depth >= MaxDepth)
        {
            if (!_depthWarned)
            {
                _depthWarned = true;
                _model.Warnings.Add(new CodeWarning($"nesting deeper than {MaxDepth} levels; the innermost code was not analysed"));
            }

            return false;
        }

        _depth++;
        return true;
    }

    private void Leave() => _depth--;
}
