using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Go.Tests;

/// <summary>One form per test: how a call site's callee or a definition's id and entry point are decided.</summary>
public sealed class FormsTests
{
    private const string Mod = "module example.com/app\n";

    private static FileAnalysis One(string text, string path = "a.go") =>
        Analysis.Files(("go.mod", Mod), (path, text)).File(path);

    [Fact]
    public void Aliased_imports_name_the_import_path()
    {
        var file = One("package main\n\nimport h2 \"golang.org/x/net/http2\"\n\nfunc main() { h2.ConfigureServer(nil, nil) }\n");

        Assert.Equal(["External golang.org/x/net/http2.ConfigureServer"], file.Callees());
        Assert.Equal("h2", Assert.Single(file.Imports).Alias);
    }

    [Fact]
    public void Versioned_and_dotted_import_paths_bind_to_their_package_name()
    {
        var file = One("package main\n\nimport (\n\t\"gopkg.in/yaml.v3\"\n\t\"github.com/go-chi/chi/v5\"\n)\n\nfunc main() { yaml.Unmarshal(nil, nil); chi.NewRouter() }\n");

        Assert.Equal(["External gopkg.in/yaml.v3.Unmarshal", "External github.com/go-chi/chi/v5.NewRouter"], file.Callees());
    }

    [Fact]
    public void Two_dot_imports_give_every_candidate()
    {
        var file = One("package p\n\nimport (\n\t. \"golang.org/x/text/language\"\n\t. \"example.org/other\"\n)\n\nfunc F() { Parse(\"en\") }\n");

        var call = Assert.Single(file.Calls);
        Assert.Null(call.Callee);
        Assert.Equal(["golang.org/x/text/language.Parse", "example.org/other.Parse"], call.Candidates);
    }

    [Fact]
    public void Values_of_package_types_resolve_through_declarations_fields_and_parameters()
    {
        var file = One("""
            package p

            import "golang.org/x/net/http2"

            type holder struct{ srv *http2.Server }

            func F(param *http2.Server, h holder) {
            	var declared http2.Server
            	declared.ServeConn(nil, nil)
            	lit := &http2.Server{}
            	lit.ServeConn(nil, nil)
            	param.ServeConn(nil, nil)
            	h.srv.ServeConn(nil, nil)
            	http2.NewX().ServeConn(nil, nil)
            }
            """);

        Assert.Equal(4, file.Calls.Count(c => c.Callee == "golang.org/x/net/http2.Server.ServeConn"));
        Assert.Contains("Unresolved http2.NewX().ServeConn", file.Callees());
    }

    [Fact]
    public void A_repository_function_result_type_carries_to_the_value()
    {
        var file = One("package p\n\nimport \"golang.org/x/net/http2\"\n\nfunc New() (*http2.Server, error) { return nil, nil }\n\nfunc F() {\n\ts, _ := New()\n\ts.ServeConn(nil, nil)\n\tNew2().Close()\n}\n\ntype T struct{}\n\nfunc (T) Close() {}\n\nfunc New2() T { return T{} }\n");

        Assert.Contains("External golang.org/x/net/http2.Server.ServeConn", file.Callees());
        Assert.Contains("Local example.com/app.T.Close", file.Callees());
    }

    [Fact]
    public void Methods_have_the_receiver_type_without_pointer_or_type_parameters_in_their_id()
    {
        var file = One("package p\n\ntype List[T any] struct{ items []T }\n\nfunc (l *List[T]) Push(v T) { l.grow() }\n\nfunc (l List[T]) grow() {}\n");

        Assert.Equal(["example.com/app.List.Push", "example.com/app.List.grow"], file.Definitions.Select(d => d.Id));
        Assert.Equal(["Local example.com/app.List.grow"], file.Callees());
    }

    [Fact]
    public void Init_functions_are_entry_points_with_gos_own_names()
    {
        var file = One("package p\n\nfunc init() { setup() }\n\nfunc init() {}\n\nfunc setup() {}\n");

        Assert.Equal(["example.com/app.init.0", "example.com/app.init.1"], file.Definitions.Where(d => d.Name == "init").Select(d => d.Id));
        Assert.All(file.Definitions.Where(d => d.Name == "init"), d => Assert.Equal(EntryPointKind.ModuleCode, d.Entry));
        Assert.Equal(EntryPointKind.None, file.Definitions.Single(d => d.Name == "setup").Entry);
    }

    [Fact]
    public void Exported_functions_of_a_library_module_are_public_api_but_not_in_internal_packages()
    {
        var results = Analysis.Files(
            ("go.mod", "module example.com/lib\n"),
            ("kit/kit.go", "package kit\n\ntype Client struct{}\n\nfunc (c *Client) Do() {}\n\nfunc New() *Client { return nil }\n\nfunc helper() {}\n"),
            ("internal/x/x.go", "package x\n\nfunc Hidden() {}\n"));

        Assert.Equal(EntryPointKind.PublicApi, results.Definition("example.com/lib/kit.New").Entry);
        Assert.Equal(EntryPointKind.PublicApi, results.Definition("example.com/lib/kit.Client.Do").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("example.com/lib/kit.helper").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("example.com/lib/internal/x.Hidden").Entry);
    }

    [Fact]
    public void Router_methods_and_servehttp_values_register_handlers()
    {
        var results = Analysis.Files(
            ("go.mod", Mod),
            ("main.go", "package main\n\nimport (\n\t\"net/http\"\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/ping\", ping)\n\thttp.HandleFunc(pattern, health)\n\thttp.Handle(\"/api\", &api{})\n}\n"),
            ("api.go", "package main\n\nimport \"net/http\"\n\ntype api struct{}\n\nfunc (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\n\nfunc ping(c any) {}\n\nconst pattern = \"/health\"\n\nfunc health(w http.ResponseWriter, r *http.Request) {}\n\nfunc helper(m map[string]int) { get(\"k\", ping) }\n\nfunc get(k string, f func(any)) {}\n"));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("example.com/app.ping").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("example.com/app.api.ServeHTTP").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("example.com/app.health").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("example.com/app.helper").Entry);
        Assert.Contains("Reference example.com/app.api.ServeHTTP", results.File("main.go").Callees());
    }

    [Fact]
    public void Nested_modules_and_external_test_packages_have_their_own_import_paths()
    {
        var results = Analysis.Files(
            ("go.mod", Mod),
            ("tools/go.mod", "module \"example.com/tools\" // the tools module\n"),
            ("tools/gen/gen.go", "package gen\n\nfunc Run() {}\n"),
            ("svc/svc_test.go", "package svc_test\n\nimport \"example.com/app/svc\"\n\nfunc TestX() { svc.Start() }\n"),
            ("svc/svc.go", "package svc\n\nfunc Start() {}\n"));

        Assert.Equal("example.com/tools/gen.Run", Assert.Single(results.File("tools/gen/gen.go").Definitions).Id);
        var test = results.File("svc/svc_test.go");
        Assert.Equal("example.com/app/svc_test.TestX", Assert.Single(test.Definitions).Id);
        Assert.Equal(["Local example.com/app/svc.Start"], test.Callees());
    }

    [Fact]
    public void Builtins_and_conversions_are_not_calls_and_func_values_are_unresolved()
    {
        var file = One("package p\n\ntype ID string\n\nfunc F(f func()) {\n\t_ = len([]byte(string(ID(\"x\"))))\n\tf()\n\tfunc() {}()\n}\n");

        Assert.Equal(["Unresolved f", "Local example.com/app.F.func1"], file.Callees());
    }

    [Fact]
    public void Raw_strings_runes_and_comments_do_not_hide_or_invent_calls()
    {
        var file = One("package p\n\nimport \"fmt\"\n\n/* fmt.Sprint() */\nfunc F() {\n\ts := `fmt.Sprintf(\n)` // fmt.Errorf()\n\tr := ')'\n\tfmt.Println(s, r)\n}\n");

        var call = Assert.Single(file.Calls);
        Assert.Equal(("fmt.Println", 10, 2), (call.Callee, call.Line, call.Column));
    }
}
