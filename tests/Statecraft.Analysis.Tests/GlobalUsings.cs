global using Case = Statecraft.Cases.Model.Case;
