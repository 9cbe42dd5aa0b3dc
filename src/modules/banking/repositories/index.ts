// Medusa registers each class exported here in the module's container as its lower-camel-case name
// (importedLinesRepository, importStagingRepository, statementCentreRepository). A name "<Model>Repository" would replace
// that model's own repository: these names must not match a model.
export { ImportedLinesRepository } from "./imported-lines"
export { ImportStagingRepository } from "./import-staging"
export { StatementCentreRepository } from "./statement-centre"
