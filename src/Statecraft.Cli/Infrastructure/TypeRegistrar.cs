using Spectre.Console;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Infrastructure;

/// <summary>
/// A minimal container for Spectre.Console.Cli: commands receive the console and the raw writers
/// (<see cref="CommandOutput"/>) through their constructors, so tests can capture what they print.
/// </summary>
internal sealed class TypeRegistrar(IAnsiConsole console, TextWriter stdout, TextWriter stderr, bool debug = false) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = new()
    {
        [typeof(IAnsiConsole)] = () => console,
        [typeof(CommandOutput)] = () => new CommandOutput(console, stdout, stderr, debug),
    };

    public void Register(Type service, Type implementation) => _factories[service] = () => Construct(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;

    public ITypeResolver Build() => new Resolver(this);

    private object Construct(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }

    private object? Resolve(Type type)
    {
        if (_factories.TryGetValue(type, out var factory))
        {
            return factory();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            // Spectre asks for every registered implementation of a service; we register at most one.
            var element = type.GetGenericArguments()[0];
            var all = Array.CreateInstance(element, _factories.ContainsKey(element) ? 1 : 0);
            if (all.Length == 1)
            {
                all.SetValue(_factories[element](), 0);
            }

            return all;
        }

        return type.IsAbstract || type.IsInterface ? null : Construct(type);
    }

    private sealed class Resolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => type is null ? null : registrar.Resolve(type);
    }
}
