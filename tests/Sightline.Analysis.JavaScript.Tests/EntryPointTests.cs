using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

public sealed class EntryPointTests
{
    [Fact]
    public void Module_code_of_production_files_is_an_entry_point()
    {
        var results = Analysis.Files(("src/a.js", "foo();\n"), ("test/a.test.js", "foo();\n"));

        Assert.Equal(EntryPointKind.ModuleCode, results.Definition("src/a.js#<module>").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("test/a.test.js#<module>").Entry);
    }

    [Fact]
    public void Express_handlers_inline_named_and_on_routers_are_http_handlers()
    {
        var results = Analysis.Files(("app.js", """
            const express = require('express');
            const app = express();
            const router = express.Router();
            function list(req, res) {}
            function helper() {}
            app.get('/items', list);
            router.delete('/items/:id', (req, res) => helper());
            app.use('/api', router);
            """));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("app.js#list").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("app.js#<anonymous@7:29>").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("app.js#helper").Entry);
    }

    [Fact]
    public void Koa_and_fastify_handlers_are_http_handlers()
    {
        var results = Analysis.Files(("server.js", """
            const Koa = require('koa');
            const fastify = require('fastify')();
            const app = new Koa();
            app.use(async (ctx) => { ctx.body = 'ok'; });
            fastify.route({ method: 'GET', url: '/', handler: async (request) => 'hi' });
            fastify.post('/x', { schema: {} }, function create(request) {});
            """));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("server.js#<anonymous@4:9>").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("server.js#handler").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("server.js#create").Entry);
    }

    [Fact]
    public void Handlers_registered_on_a_router_passed_in_as_a_parameter_are_recognised_by_its_name()
    {
        var results = Analysis.Files(("routes.js", "module.exports = (router) => { router.get('/', function health() {}); };\n"));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("routes.js#health").Entry);
    }

    [Fact]
    public void Handlers_defined_in_another_file_are_marked_where_they_are_defined()
    {
        var results = Analysis.Files(
            ("handlers.js", "exports.show = function show(req, res) {};\n"),
            ("app.js", "const app = require('express')();\nconst h = require('./handlers');\napp.get('/', h.show);\n"));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("handlers.js#show").Entry);
    }

    [Fact]
    public void Next_api_routes_and_route_handlers_are_http_handlers()
    {
        var results = Analysis.Files(
            ("pages/api/hello.js", "export default function handler(req, res) { res.json({}); }\n"),
            ("app/orders/route.ts", "export async function GET(request: Request) {}\nexport async function helper() {}\n"));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("pages/api/hello.js#handler").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("app/orders/route.ts#GET").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("app/orders/route.ts#helper").Entry);
    }

    [Fact]
    public void Package_main_bin_and_exports_files_and_what_they_export_are_package_exports()
    {
        var results = Analysis.Files(
            ("package.json", """{ "name": "lib", "bin": { "lib": "./bin/cli.js" }, "exports": { ".": { "import": "./dist/index.mjs" }, "./extra": "./lib/extra.js" } }"""),
            ("bin/cli.js", "run();\nfunction run() {}\n"),
            ("src/index.mts", "export function api() {}\nfunction internal() {}\nexport * from './more.mjs';\n"),
            ("src/more.mts", "export class Client { send() {} }\n"),
            ("lib/extra.js", "module.exports = { extra() {} };\n"));

        Assert.Equal(EntryPointKind.PackageExport, results.Definition("bin/cli.js#<module>").Entry);
        Assert.Equal(EntryPointKind.PackageExport, results.Definition("src/index.mts#api").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("src/index.mts#internal").Entry);
        Assert.Equal(EntryPointKind.PackageExport, results.Definition("src/more.mts#Client.send").Entry);
        Assert.Equal(EntryPointKind.PackageExport, results.Definition("lib/extra.js#extra").Entry);
    }
}
