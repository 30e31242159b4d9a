using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Walk;

/// <summary>
/// Walks one file's tokens logical line by logical line, iteratively: INDENT/DEDENT open and close blocks,
/// def/class headers open scopes with their ranges, imports and assignments bind names, and every line is
/// scanned for dotted call chains and names used as values. Nothing recurses, so nesting depth is harmless.
/// </summary>
internal sealed partial class Walker
{
    private readonly string _source;
    private readonly List<Token> _tokens;
    private readonly int[] _match;
    private readonly FileModel _model;
    private readonly bool _isPackageInit;
    private readonly Stack<Block> _blocks = new();
    private readonly List<(IReadOnlyList<Segment> Chain, int Line)> _decorators = [];
    private readonly Func<bool> _step;
    private Block? _pending;
    private int _lastLine = 1;

    public Walker(string source, List<Token> tokens, FileModel model, bool isPackageInit, Func<bool> step)
    {
        _source = source;
        _tokens = tokens;
        _model = model;
        _isPackageInit = isPackageInit;
        _step = step;
        _match = Brackets.Match(tokens);
        _blocks.Push(new Block(model.Globals, model.Module, null));
    }

    private Block Current => _blocks.Peek();

    public void Walk()
    {
        var start = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Indent:
                    _blocks.Push(_pending ?? (Current with { Definition = null }));
                    _pending = null;
                    start = i + 1;
                    break;
                case TokenKind.Dedent:
                    ClosePending();
                    if (_blocks.Count > 1)
                    {
                        Close(_blocks.Pop());
                    }

                    start = i + 1;
                    break;
                case TokenKind.Newline:
                    ClosePending();
                    if (i > start)
                    {
                        _step();
                        Statement(start, i);
                    }

                    start = i + 1;
                    break;
                default:
                    _lastLine = token.EndLine;
                    break;
            }
        }

        ClosePending();
        while (_blocks.Count > 1)
        {
            Close(_blocks.Pop());
        }
    }

    /// <summary>A header whose block never came (a syntax error): the definition ends on its own line.</summary>
    private void ClosePending()
    {
        if (_pending is not null && _tokens.Count > 0)
        {
            Close(_pending);
            _pending = null;
        }
    }

    private void Close(Block block)
    {
        if (block.Definition is { } open)
        {
            _model.Definitions.Add(new CodeDefinition(open.Id, open.Name, open.Kind, open.Line, Math.Max(open.Line, _lastLine)) { StartColumn = open.Column });
        }
    }

    private string Text(int from, int to)
    {
        var start = _tokens[from].Offset;
        var end = to < _tokens.Count ? _tokens[to].Offset : _source.Length;
        return _source[start..Math.Max(start, end)].Trim();
    }
}

/// <summary>An open definition, completed with its end line when its block closes.</summary>
internal sealed record OpenDefinition(string Id, string Name, DefinitionKind Kind, int Line, int Column);

/// <summary>A block: its scope, the qualifier of definitions inside it, and the definition it is the body of.</summary>
internal sealed record Block(Scope Scope, string Qualifier, OpenDefinition? Definition);
