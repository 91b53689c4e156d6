<#-- @ftlvariable name="" type="io.modeldoc.processor.doc.FeatureDocument" -->
<#-- Layout only: every value arrives escaped for its place, and a section that nothing feeds is null. -->
<#-- Headings and their order follow the data-model design template. -->
<#macro row cells>|<#list cells as cell><#if cell?has_content> ${cell} |<#else> |</#if></#list>
</#macro>
# Data Model Design: ${title}

## Overview

| | |
|---|---|
<#list overview as item>
<@row ["**" + item.label + "**", item.value]/>
</#list>
<#if businessContext??>

## Business Context
<#if businessContext.description?has_content || businessContext.requirements?has_content>

### Data Requirements
<#list businessContext.description as paragraph>
${paragraph}

</#list>
<#list businessContext.requirements as requirement>
- ${requirement}
</#list>
</#if>
<#if businessContext.usage?has_content || businessContext.entityUsage?has_content>

### Usage Patterns
<#list businessContext.usage as item>
- **${item.label}**: ${item.value}
</#list>
<#list businessContext.entityUsage as entity>
- ${entity.entity}:
<#list entity.usage as item>
  - **${item.label}**: ${item.value}
</#list>
</#list>
</#if>
</#if>
<#if currentModel??>

## Current Data Model Analysis

### Existing Entities
<#list currentModel.existingEntities as entity>
- ${entity}
</#list>
<#if migration??>
<#list migration.existingEntities as entity>
<@entitySection entity/>
</#list>
</#if>
<#if currentModel.integrationPoints?has_content>

### Integration Points

| from | column | to | other feature |
|---|---|---|---|
<#list currentModel.integrationPoints as point>
<@row [point.from, point.columns, point.to, point.feature]/>
</#list>
</#if>
</#if>
<#if proposedModel??>

## Proposed Data Model
<#if proposedModel.diagram?has_content>

```mermaid
${proposedModel.diagram}```
</#if>

### New Entities
<#if !proposedModel.entities?has_content>

None: every entity of this feature is in the baseline.
</#if>
<#list proposedModel.entities as entity>
<@entitySection entity/>
</#list>
<#if migration?? && migration.modifiedEntities?has_content>

### Modified Entities
<#list migration.modifiedEntities as entity>

#### Existing Entity: ${entity.heading}
**Changes**: ${entity.changes}
<#if entity.newFields?has_content>

**New Fields**:
<#list entity.newFields as field>
- ${field}
</#list>
</#if>
<#if entity.modifiedFields?has_content>

**Modified Fields**:
<#list entity.modifiedFields as field>
- ${field}
</#list>
</#if>
<#if entity.removedFields?has_content>

**Removed Fields**:
<#list entity.removedFields as field>
- ${field}
</#list>
</#if>
<#if entity.otherChanges?has_content>

**Other Changes**:
<#list entity.otherChanges as change>
- ${change}
</#list>
</#if>
</#list>
</#if>
</#if>
<#if databaseSchema??>

## Database Schema
<#if databaseSchema.tables?has_content || databaseSchema.unchangedTables?has_content>

### Tables
<#if databaseSchema.unchangedTables?has_content>
${databaseSchema.unchangedTables}
</#if>
<#list databaseSchema.tables as table>

#### ${table.heading}
${table.fence}sql
${table.sql}
${table.fence}
</#list>
</#if>

### Indexes
<#if databaseSchema.indexTable?has_content>

| index | table | columns | kind | serves |
|---|---|---|---|---|
<#list databaseSchema.indexTable as index>
<@row [index.index, index.table, index.columns, index.kind, index.serves]/>
</#list>
<#else>
No index beyond each table's primary key.
</#if>
</#if>
<#if dataFlow??>

## Data Flow
<#if dataFlow.createUpdate?has_content>

### Create/Update Flow
<#list dataFlow.createUpdate as step>
${step?counter}. **${step.label}**: ${step.value}
</#list>
</#if>
<#if dataFlow.queries?has_content>

### Query Flow
<#list dataFlow.queries as query>
<#assign marker = query?counter + ". ">
<#assign pad = ""?left_pad(marker?length)>
<#if query.inline?has_content>
${marker}${query.title}: ${query.inline}<#if query.reads?has_content> — ${query.reads?join("; ")}</#if>
<#else>
${marker}${query.title}<#if query.reads?has_content> — ${query.reads?join("; ")}</#if>:

${pad}${query.fence}${query.language}
<#list query.lines as line>
${pad}${line}
</#list>
${pad}${query.fence}
</#if>
</#list>
</#if>
</#if>
<#if dataValidation??>

## Data Validation
<#if dataValidation.rules?has_content>

### Business Rules Validation
<#list dataValidation.rules as entity>
- ${entity.entity}: ${entity.items?join("; ")}
</#list>
</#if>
<#if dataValidation.integrity?has_content>

### Data Integrity
<#list dataValidation.integrity as fact>
- **${fact.label}**: ${fact.value}
</#list>
</#if>
</#if>
<#if migration??>

## Migration Strategy

### Database Migration
<#if migration.forward?has_content>
**Migration File**: ${migration.file} (in `modeldoc/migrations/${migration.dialect}/`, beside the other dialects' folders); its statements on this feature's tables:

<#list migration.notes as note>
${note}
</#list>

${migration.forwardFence}sql
${migration.forward}${migration.forwardFence}
<#else>
<#list migration.notes as note>
${note}
</#list>
</#if>

### Rollback Plan
<#if migration.rollback?has_content>
**Rollback File**: ${migration.rollbackFile}, beside the migration, undoes its statements on this feature's tables.
<#if migration.rollbackLosses?has_content>

What the rollback loses, or may (its impact and mitigation are under [Risk Assessment](#risk-assessment)):
<#list migration.rollbackLosses as loss>
- ${loss}
</#list>
</#if>
<#else>
Nothing to roll back in this feature's tables.
</#if>
</#if>
<#if performance??>

## Performance Considerations
<#if performance.queryOptimization?has_content>

### Query Optimization
<#list performance.queryOptimization as item>
- **${item.label}**: ${item.value}
</#list>
</#if>
<#if performance.caching?has_content>

### Caching Strategy
<#list performance.caching as item>
- ${item.label}: ${item.value}
</#list>
</#if>
<#if performance.growth?has_content || performance.archival?has_content>

### Archival Strategy
<#if performance.growth?has_content>
- **Growth**: ${performance.growth}
</#if>
<#list performance.archival as item>
- ${item.label}: ${item.value}
</#list>
</#if>
</#if>
<#if security??>

## Security Considerations
<#if security.protection?has_content || security.largeObjects?has_content>

### Data Protection
<#if security.protection?has_content>

| column | classification | protection |
|---|---|---|
<#list security.protection as item>
<@row [item.column, item.classification, item.protection]/>
</#list>
</#if>
<#if security.largeObjects?has_content>

${security.largeObjects}
</#if>
</#if>
<#if security.access?has_content || security.audit?has_content>

### Access Control
<#if security.access?has_content>

| entity | read | write |
|---|---|---|
<#list security.access as item>
<@row [item.entity, item.read, item.write]/>
</#list>
</#if>
<#if security.audit?has_content>

**Audit requirements**:
<#list security.audit as item>
- ${item.label}: ${item.value}
</#list>
</#if>
</#if>
</#if>
<#if testing??>

## Testing Strategy
<#if testing.unitTests?has_content>

### Unit Tests
<#list testing.unitTests as test>
- [ ] ${test}
</#list>
</#if>
<#if testing.integrationTests?has_content>

### Integration Tests
<#list testing.integrationTests as test>
- [ ] ${test}
</#list>
</#if>
</#if>
<#if monitoring??>

## Monitoring & Maintenance
<#if monitoring.metrics?has_content>

### Metrics to Monitor
<#list monitoring.metrics as item>
- **${item.label}**: ${item.value}
</#list>
</#if>
<#if monitoring.maintenance?has_content>

### Maintenance Tasks
<#list monitoring.maintenance as item>
- **${item.label}**: ${item.value}
</#list>
</#if>
</#if>
<#if dependencies??>

## Dependencies
<#if dependencies.upstream?has_content>

### Upstream Systems
<#list dependencies.upstream as system>
- ${system}
</#list>
</#if>
<#if dependencies.downstream?has_content>

### Downstream Systems
<#list dependencies.downstream as system>
- ${system}
</#list>
</#if>
</#if>
<#if risks??>

## Risk Assessment
<#if risks.technical?has_content>

### Technical Risks
<#list risks.technical as risk>
- ${risk}
</#list>
</#if>
<#if risks.business?has_content>

### Business Risks
<#list risks.business as risk>
- ${risk}
</#list>
</#if>
</#if>
<#if timeline??>

## Implementation Timeline
<#list timeline.phases as phase>

### ${phase.heading}
<#list phase.tasks as task>
- [<#if task.done>x<#else> </#if>] ${task.text}
</#list>
</#list>
</#if>
<#macro entitySection entity>

#### ${entity.heading}
<#if entity.purpose?has_content>
**Purpose**: ${entity.purpose}
</#if>
<#if entity.inheritance?has_content>

**Inheritance**: ${entity.inheritance}
</#if>
<#if entity.table?has_content>

**Table**: ${entity.table}
</#if>
<#if entity.secondaryTables?has_content>

**Secondary Tables** (the attributes marked "in" a table below are stored there):
<#list entity.secondaryTables as secondary>
- ${secondary}
</#list>
</#if>
<#if entity.attributes?has_content>

**Attributes**:

| attribute | Java type | column | SQL type | constraints | description |
|---|---|---|---|---|---|
<#list entity.attributes as a>
<@row [a.attribute, a.javaType, a.column, a.sqlType, a.constraints, a.description]/>
</#list>
</#if>
<#if entity.relationships?has_content>

**Relationships**:
<#list entity.relationships as relationship>
- ${relationship}
</#list>
</#if>
<#if entity.rules?has_content>

**Business Rules**:
<#list entity.rules as rule>
- ${rule}
</#list>
</#if>
</#macro>
