using Acornima.Ast;
using Sightline.Analysis.JavaScript.Linking;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
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
