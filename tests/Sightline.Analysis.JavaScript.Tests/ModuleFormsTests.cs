using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

public sealed class ModuleFormsTests
{
    [Fact]
    public void Require_with_destructuring_and_alias_names_the_package_member()
    {
        var file = Analysis.Files(("a.js", "const { merge, template: t } = require('lodash');\nmerge({}, {});\nt('x');\n")).File("a.js");

        Assert.Equal(["External lodash.merge", "External lodash.template"], file.Callees());
        Assert.Equal(["merge", "t"], file.Imports.Select(i => i.Alias));
        Assert.All(file.Imports, i => Assert.Equal("lodash", i.Package));
    }

    [Fact]
    public void Member_of_a_required_module_is_called_through_it()
    {
        var file = Analysis.Files(("a.js", "require('lodash').merge({}, {});\nconst _ = require('lodash');\n_.set({}, 'a', 1);\n")).File("a.js");

        Assert.Equal(["External lodash.merge", "External lodash.set"], file.Callees());
    }

    [Fact]
    public void Deep_import_of_a_per_method_module_is_that_method_and_the_lodash_merge_package_keeps_its_name()
    {
        var file = Analysis.Files(("a.mjs", "import merge from 'lodash/merge.js';\nimport fp from 'lodash/fp/set';\nimport m from 'lodash.merge';\nmerge();\nfp();\nm();\n")).File("a.mjs");

        Assert.Equal(["External lodash.merge", "External lodash.fp.set", "External lodash.merge"], file.Callees());
        Assert.Equal(["lodash", "lodash", "lodash.merge"], file.Imports.Select(i => i.Package));
    }

    [Fact]
    public void Esm_default_named_and_namespace_imports_resolve()
    {
        var file = Analysis.Files(("a.mjs", "import express from 'express';\nimport { merge as m } from 'lodash';\nimport * as qs from 'qs';\nexpress();\nm();\nqs.parse('');\n")).File("a.mjs");

        Assert.Equal(["External express", "External lodash.merge", "External qs.parse"], file.Callees());
    }

    [Fact]
    public void Node_builtins_are_marked_as_such_not_npm_packages()
    {
        var file = Analysis.Files(("a.js", "const fs = require('fs');\nconst p = require('node:path');\nfs.readFileSync(p.join('a', 'b'));\n")).File("a.js");

        Assert.Equal(["node:fs", "node:path"], file.Imports.Select(i => i.Package));
        Assert.Equal(["External node:path.join", "External node:fs.readFileSync"], file.Callees());
    }

    [Fact]
    public void Dynamic_import_with_a_literal_is_followed_through_await_and_then()
    {
        var file = Analysis.Files(("a.mjs", "const _ = await import('lodash');\n_.merge();\nimport('lodash').then((l) => l.template(''));\n")).File("a.mjs");

        Assert.Contains("External lodash.merge", file.Callees());
        Assert.Contains("External lodash.template", file.Callees());
        Assert.Equal(2, file.Imports.Count);
    }

    [Fact]
    public void Values_made_by_new_or_a_factory_carry_their_package()
    {
        var file = Analysis.Files(("a.js", """
            const AdmZip = require('adm-zip');
            const express = require('express');
            new AdmZip('x').extractAllTo('/tmp');
            let zip;
            zip = new AdmZip('y');
            zip.getEntries();
            const router = express.Router();
            router.post('/', () => {});
            """)).File("a.js");

        Assert.Contains("External adm-zip.extractAllTo", file.Callees());
        Assert.Contains("External adm-zip.getEntries", file.Callees());
        Assert.Contains("External express.post", file.Callees());
    }

    [Fact]
    public void What_a_plain_package_function_returns_is_not_taken_for_the_package()
    {
        var file = Analysis.Files(("a.js", "const _ = require('lodash');\n_.sortBy([], 'a').map((x) => x);\n")).File("a.js");

        Assert.Contains(file.Calls, c => c.Kind == CallKind.Unresolved && c.Text.EndsWith(".map", StringComparison.Ordinal));
        Assert.DoesNotContain("External lodash.map", file.Callees());
    }

    [Fact]
    public void Re_exports_are_followed_to_the_package_and_to_local_files()
    {
        var results = Analysis.Files(
            ("lib/index.mjs", "export { merge } from 'lodash';\nexport * from './util.mjs';\nexport { run as start } from './util.mjs';\n"),
            ("lib/util.mjs", "export function run() {}\nexport const helper = () => run();\n"),
            ("app.mjs", "import { merge, helper, start } from './lib/index.mjs';\nmerge();\nhelper();\nstart();\n"));

        Assert.Equal(["External lodash.merge", "Local lib/util.mjs#helper", "Local lib/util.mjs#run"], results.File("app.mjs").Callees());
    }

    [Fact]
    public void CommonJs_exports_of_local_files_resolve_to_their_definitions()
    {
        var results = Analysis.Files(
            ("src/a.js", "module.exports = function build(x) { return x; };\n"),
            ("src/b.js", "exports.one = function () {};\nmodule.exports.two = () => 2;\n"),
            ("src/c.js", "module.exports = { three() {}, four: () => 4 };\n"),
            ("main.js", "const build = require('./src/a');\nconst b = require('./src/b.js');\nconst { three, four } = require('./src/c');\nbuild(1);\nb.one();\nb.two();\nthree();\nfour();\n"));

        Assert.Equal(
            ["Local src/a.js#build", "Local src/b.js#one", "Local src/b.js#two", "Local src/c.js#three", "Local src/c.js#four"],
            results.File("main.js").Callees());
    }

    [Fact]
    public void Classes_resolve_this_methods_and_instances()
    {
        var file = Analysis.Files(("a.js", """
            class Repo {
              find() { return this.load(); }
              load() {}
            }
            const r = new Repo();
            r.find();
            """)).File("a.js");

        Assert.Equal(["Local a.js#Repo.load", "Local a.js#Repo.constructor", "Local a.js#Repo.find"], file.Callees());
        Assert.Contains(file.Definitions, d => d.Id == "a.js#Repo.constructor" && d.Kind == DefinitionKind.Constructor);
    }

    [Fact]
    public void Functions_passed_as_values_are_references_from_where_they_are_passed()
    {
        var file = Analysis.Files(("a.js", "function tick() {}\nsetTimeout(tick, 10);\n[1].forEach((n) => n);\nconst table = { tick };\n")).File("a.js");

        Assert.Equal(3, file.Calls.Count(c => c.Kind == CallKind.Reference));
        Assert.Contains(file.Calls, c => c.Kind == CallKind.Reference && c.Callee == "a.js#tick" && c.Line == 2 && c.Column == 12);
        Assert.Contains(file.Calls, c => c.Kind == CallKind.Reference && c.Callee == "a.js#<anonymous@3:13>");
        Assert.Contains(file.Calls, c => c.Callee == "globalThis.setTimeout");
    }

    [Fact]
    public void A_local_name_shadows_an_import()
    {
        var file = Analysis.Files(("a.js", "const { merge } = require('lodash');\nfunction f(merge) { merge(); }\n")).File("a.js");

        Assert.Equal(CallKind.Unresolved, Assert.Single(file.Calls).Kind);
    }

    [Fact]
    public void Calls_inside_jsx_are_found_and_components_are_references()
    {
        var file = Analysis.Files(("ui/App.jsx", """
            import { startCase } from 'lodash';
            function Title({ text }) { return <h1 className="t">{startCase(text)}</h1>; }
            export function App() {
              return <main><Title text={'a b'} /><p>{"it's"}</p></main>;
            }
            """)).File("ui/App.jsx");

        Assert.Empty(file.Warnings);
        Assert.Contains(file.Calls, c => c.Callee == "lodash.startCase" && c.Line == 2 && c.Column == 54);
        Assert.Contains(file.Calls, c => c.Kind == CallKind.Reference && c.Callee == "ui/App.jsx#Title" && c.Line == 4);
        Assert.Equal(2, file.Calls.Count);
    }
}
