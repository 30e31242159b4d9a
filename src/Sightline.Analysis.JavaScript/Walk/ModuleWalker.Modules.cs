using Acornima.Ast;
using Sightline.Analysis.JavaScript.Linking;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>
    /// ESM imports bind at hoisting time. The default import of a package is the package itself (what
    /// CommonJS interop gives); a named import is a member of it.
    /// </summary>
    private void DeclareImport(ImportDeclaration import)
    {
        var specifier = import.Source.Value;
        var module = _specifiers.Load(_model.Path, specifier);
        if (import.Specifiers.Count == 0)
        {
            AddImport(specifier, alias: null, import);
        }

        foreach (var item in import.Specifiers)
        {
            var value = item switch
            {
                ImportNamespaceSpecifier => module,
                ImportDefaultSpecifier => Default(module),
                ImportSpecifier { Imported: var imported } when KeyName(imported) is { } name =>
                    name == "default" ? Default(module) : Values.Member(module, name),
                _ => UnknownValue.Instance,
            };
            _scope.Declare(item.Local.Name, value);
            AddImport(specifier, item.Local.Name, import);
        }
    }

    private static Binding Default(Binding module) => module is LocalModule local ? new ExportRef(local.File, "default") : module;

    /// <summary>
    /// `const x = require("p")`, `const {a, b: c} = require("p")`, `const m = await import("p")`: one
    /// import per name bound, so each alias is known.
    /// </summary>
    private void RecordImportsOf(Node target, Expression init)
    {
        var source = init;
        var throughCall = false;
        while (true)
        {
            switch (source)
            {
                case AwaitExpression await:
                    source = await.Argument;
                    continue;
                case ChainExpression or ParenthesizedExpression:
                    source = Unwrap(source);
                    continue;
                case MemberExpression member:
                    source = member.Object;
                    continue;
                case CallExpression call when RequiredSpecifier(call) is null:
                    // `const app = require("express")()`: app is what the call returns, not the module.
                    source = call.Callee;
                    throughCall = true;
                    continue;
            }

            break;
        }

        var specifier = source switch
        {
            CallExpression call => RequiredSpecifier(call),
            ImportExpression import => LiteralText(import.Source),
            _ => null,
        };
        if (specifier is null)
        {
            return;
        }

        _recordedRequires.Add(source);
        var names = new List<string?>();
        if (!throughCall)
        {
            CollectNames(target, names);
        }

        foreach (var name in names.Count == 0 ? [null] : names)
        {
            AddImport(specifier, name, source);
        }
    }

    private static void CollectNames(Node? pattern, List<string?> names)
    {
        switch (pattern)
        {
            case Identifier identifier:
                names.Add(identifier.Name);
                break;
            case ObjectPattern objectPattern:
                foreach (var property in objectPattern.Properties)
                {
                    CollectNames(property is AssignmentProperty assignment ? assignment.Value : property, names);
                }

                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    CollectNames(element, names);
                }

                break;
            case AssignmentPattern assignment:
                CollectNames(assignment.Left, names);
                break;
            case RestElement rest:
                CollectNames(rest.Argument, names);
                break;
        }
    }

    /// <summary>Packages and builtins are listed; the repository's own files are not (they are followed instead).</summary>
    private void AddImport(string specifier, string? alias, Node at)
    {
        if (Specifiers.IsRelative(specifier) || Specifiers.Package(specifier) is not { } package)
        {
            return;
        }

        var (line, column) = _lines.Position(at.Start);
        _model.Imports.Add(new CodeImport(specifier, package, line, column) { Alias = alias });
    }

    private void VisitExportNamed(ExportNamedDeclaration export)
    {
        if (export.Declaration is { } declaration)
        {
            Visit(declaration);
            var names = new List<string?>();
            switch (declaration)
            {
                case FunctionDeclaration { Id: { } id }:
                    names.Add(id.Name);
                    break;
                case ClassDeclaration { Id: { } id }:
                    names.Add(id.Name);
                    break;
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        CollectNames(declarator.Id, names);
                    }

                    break;
            }

            foreach (var name in names.OfType<string>())
            {
                _model.Exports[name] = Lookup(name);
            }

            return;
        }

        var module = export.Source is { } source ? _specifiers.Load(_model.Path, source.Value) : null;
        if (export.Source is { } reexported)
        {
            AddImport(reexported.Value, alias: null, export);
        }

        foreach (var specifier in export.Specifiers)
        {
            var local = KeyName(specifier.Local);
            var exported = KeyName(specifier.Exported);
            if (local is null || exported is null)
            {
                continue;
            }

            if (module is null)
            {
                VisitValue(specifier.Local, isArgument: false, isHandler: false);
                _model.Exports[exported] = Lookup(local);
            }
            else
            {
                _model.Exports[exported] = local == "default" ? Default(module) : Values.Member(module, local);
            }
        }
    }

    private void VisitExportDefault(ExportDefaultDeclaration export)
    {
        switch (export.Declaration)
        {
            case FunctionDeclaration function:
                var name = function.Id is { } id ? Qualify(id.Name) : "default";
                _model.Exports["default"] = new LocalFunction(VisitFunction(function, name, DefinitionKind.Function, reference: false).Id);
                break;
            case ClassDeclaration type:
                _model.Exports["default"] = EnsureClass(type, type.Id is { } classId ? Qualify(classId.Name) : "default");
                VisitClass(type, null);
                break;
            case Expression expression:
                var hint = expression is ObjectExpression ? string.Empty : expression is FunctionExpression { Id: { } own } ? own.Name : "default";
                VisitNamed(expression, hint, reference: false);
                _model.Exports["default"] = Evaluate(expression, hint);
                break;
        }
    }

    private void VisitExportAll(ExportAllDeclaration export)
    {
        var specifier = export.Source.Value;
        AddImport(specifier, alias: null, export);
        var module = _specifiers.Load(_model.Path, specifier);
        if (export.Exported is { } exported && KeyName(exported) is { } name)
        {
            _model.Exports[name] = module;
        }
        else
        {
            _model.StarExports.Add(module);
        }
    }
}
