#include "ModelConfigurationTab.h"

#include "ConsoleStore.h"
#include "audit/AuditService.h"
#include "commands/HealthCheck.h"
#include "evidence/EvidenceContent.h"
#include "models/ModelCatalogModel.h"
#include "models/ModelListModel.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/TelemetrySource.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCoroTask>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace assurance::ui {

namespace {
QString fieldName(const std::string &field) {
    if (field == "display_name")
        return ModelConfigurationTab::tr("Display name");
    if (field == "owner")
        return ModelConfigurationTab::tr("Owner");
    if (field == "notes")
        return ModelConfigurationTab::tr("Notes");
    if (field == "endpoint")
        return ModelConfigurationTab::tr("Endpoint URL");
    if (field == "topic")
        return ModelConfigurationTab::tr("Kafka topic");
    return ModelConfigurationTab::tr("Model id");
}

QString problemText(const ModelConfigProblem &p) {
    using P = ModelConfigProblem::Kind;
    switch (p.kind) {
    case P::None:
        return {};
    case P::BadModelId:
        return ModelConfigurationTab::tr("The model id must be 1 to 128 letters, digits, '.', '_' or '-'.");
    case P::BadEndpoint:
        return ModelConfigurationTab::tr("The endpoint must be an http:// or https:// URL with a host and no "
                                         "query, fragment or credentials.");
    case P::BadTopic:
        return ModelConfigurationTab::tr(
            "The Kafka topic may hold only letters, digits, '.', '_' and '-' (249 at most).");
    case P::TooLong:
        return ModelConfigurationTab::tr("%1 is too long (%2 characters at most).")
            .arg(fieldName(p.field))
            .arg(p.field == "notes" ? 4000 : 200);
    case P::ControlCharacter:
        return ModelConfigurationTab::tr("%1 contains a control character.").arg(fieldName(p.field));
    }
    return {};
}
} // namespace

ModelConfigurationTab::ModelConfigurationTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ModelCatalogModel(this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_showRetired(new QCheckBox(tr("Show retired"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_add(new QPushButton(tr("New model…"), this))
    , m_id(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_task(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_retire(new QPushButton(tr("Retire…"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_saveResult(new QLabel(this))
    , m_health(new QLabel(this))
    , m_nam(new QNetworkAccessManager(this)) {
    m_id->setObjectName(QStringLiteral("modelId"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_task->setObjectName(QStringLiteral("task"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setVisible(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // A handful of rows, reset whole: fit the columns to what is shown each time.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);

    m_id->setPlaceholderText(tr("e.g. flood-risk-predictor"));
    m_endpoint->setPlaceholderText(tr("https://models.example/flood-risk"));
    m_topic->setPlaceholderText(tr("model-telemetry"));
    m_task->addItem(tr("auto (from the data)"), static_cast<int>(TaskType::Auto));
    m_task->addItem(tr("classification"), static_cast<int>(TaskType::Classification));
    m_task->addItem(tr("regression"), static_cast<int>(TaskType::Regression));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_saveResult->setWordWrap(true);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setDefault(true);

    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_add);
    listBar->addStretch();
    listBar->addWidget(m_showRetired);
    listBar->addWidget(m_reload);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listBar);
    listLayout->addWidget(m_table);

    auto *formBox = new QGroupBox(tr("Configuration"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Model id"), m_id);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Endpoint URL"), m_endpoint);
    form->addRow(tr("Kafka topic"), m_topic);
    form->addRow(tr("Task type"), m_task);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Notes"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    buttons->addWidget(m_test);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_saveResult);
    formLayout->addWidget(m_health);
    formLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 500}); // proportions: the table gets the room
    m_formBox = formBox;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool on) {
        const std::string keep = m_editingId;
        m_model->setShowRetired(on);
        if (!keep.empty() && !m_adding)
            reselect(keep);
    });
    connect(m_reload, &QPushButton::clicked, this, &ModelConfigurationTab::reload);
    connect(m_add, &QPushButton::clicked, this, &ModelConfigurationTab::startAdding);
    connect(m_save, &QPushButton::clicked, this, &ModelConfigurationTab::save);
    connect(m_retire, &QPushButton::clicked, this, &ModelConfigurationTab::retireSelected);
    connect(m_test, &QPushButton::clicked, this, &ModelConfigurationTab::testConnection);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ModelConfigurationTab::updateButtons);
    connect(m_id, &QLineEdit::textChanged, this, &ModelConfigurationTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const int row = selectedRow();
        if (row < 0 || m_reselecting)
            return;
        m_adding = false;
        const ModelCatalogEntry &e = m_model->entryAt(row);
        m_editingId = e.modelId;
        m_editingJson = e.json;
        m_editingHasConfig = !e.json.empty();
        m_editingRetired = e.config && e.config->retired;
        fillForm();
    });
    if (m_store) {
        // Models seen in telemetry that the record does not list yet are shown too.
        auto seen = [this]() {
            std::set<std::string> ids;
            const ModelListModel *models = m_store->models();
            for (int i = 0; i < models->rowCount(); ++i)
                ids.insert(models->idAt(i).toStdString());
            const std::string keep = m_editingId;
            m_model->setSeenModels(ids);
            if (!keep.empty() && !m_adding)
                reselect(keep); // the form keeps what the operator is typing
        };
        connect(m_store->models(), &QAbstractItemModel::rowsInserted, this, seen);
        connect(m_store->models(), &QAbstractItemModel::modelReset, this, seen);
    }
    fillForm();
    setSource(nullptr);
}

ModelConfigurationTab::~ModelConfigurationTab() = default;

void ModelConfigurationTab::setReadOnly(bool readOnly, const QString &why) {
    m_windowReadOnly = readOnly;
    m_windowReadOnlyWhy = why;
    m_notice->setText(readOnlyReason());
    m_notice->setVisible(this->readOnly());
    updateButtons();
}

QString ModelConfigurationTab::readOnlyReason() const {
    if (m_writer && !m_windowReadOnly)
        return {};
    if (m_windowReadOnly && !m_windowReadOnlyWhy.isEmpty())
        return m_windowReadOnlyWhy;
    if (!m_source)
        return tr(
            "Not connected: connect to a source (File → Connect…) to see and change model configurations.");
    return tr("This source is read-only (an evidence pack): the pack's model configurations are shown, "
              "and cannot be changed here.");
}

QString ModelConfigurationTab::saveMessage() const {
    return m_saveResult->text();
}

QString ModelConfigurationTab::healthMessage() const {
    return m_health->text();
}

void ModelConfigurationTab::setSource(TelemetrySource *source) {
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_writer = source ? source->modelConfigWriter() : nullptr;
    if (auto *pack = qobject_cast<EvidenceTelemetrySource *>(source))
        connect(pack, &EvidenceTelemetrySource::loaded, this, &ModelConfigurationTab::reload);
    m_editingId.clear();
    m_editingJson.clear();
    m_editingHasConfig = false;
    m_editingRetired = false;
    m_adding = false;
    m_model->clear();
    m_saveResult->clear();
    m_health->clear();
    m_notice->setText(readOnlyReason());
    m_notice->setVisible(readOnly());
    fillForm();
    reload();
}

void ModelConfigurationTab::reload() {
    const std::uint64_t generation = ++m_generation;
    if (!m_writer) {
        // An evidence pack: its configurations, read-only (once the pack is loaded).
        std::vector<ModelCatalogEntry> entries;
        if (auto *pack = qobject_cast<EvidenceTelemetrySource *>(m_source.data()); pack && pack->content())
            for (const auto &[id, config] : pack->content()->configs) {
                ModelCatalogEntry e;
                e.modelId = id;
                e.config = config;
                e.config->modelId = id;
                e.json = serializeModelConfig(config);
                e.active = !config.retired;
                entries.push_back(std::move(e));
            }
        m_model->setCatalog(std::move(entries));
        Q_EMIT catalogLoaded();
        return;
    }
    QCoro::connect(ModelConfigCommand::readAsync(m_writer), this,
                   [this, generation](const ModelCatalog &catalog) {
                       if (generation != m_generation)
                           return; // a newer read (or another source) replaced this one
                       showCatalog(catalog);
                   });
}

void ModelConfigurationTab::showCatalog(const ModelCatalog &catalog) {
    if (!catalog.ok) {
        m_notice->setText(
            tr("The configurations could not be read: %1").arg(QString::fromStdString(catalog.error)));
        m_notice->setVisible(true);
        Q_EMIT catalogLoaded();
        return;
    }
    if (!readOnly())
        m_notice->setVisible(false);
    const std::string keep = m_editingId;
    const bool adding = m_adding;
    m_model->setCatalog(catalog.models);
    if (!keep.empty() && !adding) {
        selectModel(QString::fromStdString(keep));
    }
    Q_EMIT catalogLoaded();
}

void ModelConfigurationTab::selectModel(const QString &modelId) {
    const int row = m_model->rowOf(modelId.toStdString());
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    // Refill even when the row was already selected (the stored bytes may be new).
    const ModelCatalogEntry &e = m_model->entryAt(row);
    m_adding = false;
    m_editingId = e.modelId;
    m_editingJson = e.json;
    m_editingHasConfig = !e.json.empty();
    m_editingRetired = e.config && e.config->retired;
    fillForm();
}

void ModelConfigurationTab::reselect(const std::string &modelId) {
    const int row = m_model->rowOf(modelId);
    m_reselecting = true;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection(); // hidden (retired): the form still shows it
    m_reselecting = false;
}

void ModelConfigurationTab::startAdding() {
    m_table->clearSelection();
    m_adding = true;
    m_editingId.clear();
    m_editingJson.clear();
    m_editingHasConfig = false;
    m_editingRetired = false;
    fillForm();
    m_saveResult->setText(tr("New model: give it an id and save."));
    m_id->setFocus();
}

void ModelConfigurationTab::fillForm() {
    ModelConfig c;
    if (!m_adding && !m_editingId.empty()) {
        const int row = m_model->rowOf(m_editingId);
        if (row >= 0 && m_model->entryAt(row).config)
            c = *m_model->entryAt(row).config;
        c.modelId = m_editingId;
    }
    m_id->setText(QString::fromStdString(c.modelId));
    m_displayName->setText(QString::fromStdString(c.displayName));
    m_endpoint->setText(QString::fromStdString(c.endpoint));
    m_topic->setText(QString::fromStdString(c.topic));
    m_task->setCurrentIndex(m_task->findData(static_cast<int>(c.task)));
    m_owner->setText(QString::fromStdString(c.owner));
    m_notes->setPlainText(QString::fromStdString(c.notes));
    m_formBox->setTitle(m_adding ? tr("New model")
                        : m_editingId.empty()
                            ? tr("Configuration")
                            : tr("Configuration of %1").arg(QString::fromStdString(m_editingId)));
    if (!m_adding)
        m_saveResult->clear();
    m_health->clear();
    updateButtons();
}

void ModelConfigurationTab::updateButtons() {
    const bool writable = !readOnly() && !m_busy;
    const bool editing = m_adding || !m_editingId.empty();
    m_add->setEnabled(writable);
    m_id->setReadOnly(!m_adding);
    for (QLineEdit *e : {m_displayName, m_endpoint, m_topic, m_owner})
        e->setReadOnly(!writable || !editing);
    m_notes->setReadOnly(!writable || !editing);
    m_task->setEnabled(writable && editing);
    m_save->setEnabled(writable && editing && !m_id->text().isEmpty());
    m_retire->setEnabled(writable && !m_adding && !m_editingId.empty());
    m_retire->setText(m_editingRetired ? tr("Restore…") : tr("Retire…"));
    m_test->setEnabled(!m_endpoint->text().trimmed().isEmpty());
    const QString why = readOnlyReason();
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_save, m_retire})
        w->setToolTip(why);
}

int ModelConfigurationTab::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

ModelConfig ModelConfigurationTab::formConfig() const {
    ModelConfig c;
    c.modelId = m_id->text().trimmed().toStdString();
    c.displayName = m_displayName->text().trimmed().toStdString();
    c.endpoint = m_endpoint->text().trimmed().toStdString();
    c.topic = m_topic->text().trimmed().toStdString();
    c.task = static_cast<TaskType>(m_task->currentData().toInt());
    c.owner = m_owner->text().trimmed().toStdString();
    c.notes = m_notes->toPlainText().toStdString();
    return c;
}

AuditAppend ModelConfigurationTab::auditAppend() {
    return [service = m_audit](const audit::AuditRecord &record, std::string *error) {
        if (!service) {
            if (error)
                *error = "the console has no audit log";
            return false;
        }
        service->record(record); // queued; a failure comes as recordFailed()
        return true;
    };
}

void ModelConfigurationTab::save() {
    if (readOnly()) {
        m_saveResult->setText(readOnlyReason());
        return;
    }
    ModelConfigEdit edit;
    edit.config = formConfig();
    // A model seen only in telemetry has no configuration yet: saving one registers it (an add).
    edit.kind = (m_adding || !m_editingHasConfig) ? ModelConfigEdit::Kind::Add : ModelConfigEdit::Kind::Edit;
    edit.expectedJson = m_adding ? std::string() : m_editingJson;
    if (const auto problem = ModelConfigCommand::validate(edit)) {
        m_saveResult->setText(tr("Not saved: %1").arg(problemText(problem)));
        Q_EMIT saveFinished(false);
        return;
    }
    m_busy = true;
    ++m_changes;
    updateButtons();
    m_saveResult->setText(tr("Saving…"));
    QCoro::connect(ModelConfigCommand::runAsync(m_writer, edit, auditAppend()), this,
                   [this, edit](const ModelConfigCommandResult &result) { showResult(result, edit); });
}

void ModelConfigurationTab::retireSelected() {
    if (readOnly() || m_editingId.empty() || m_adding)
        return;
    const bool restore = m_editingRetired;
    const QString id = QString::fromStdString(m_editingId);
    auto *box = new QMessageBox(
        QMessageBox::Question, restore ? tr("Restore %1").arg(id) : tr("Retire %1").arg(id),
        restore
            ? tr("Bring %1 back? Agents add it to the active models again with its next window.").arg(id)
            : tr("Retire %1? Agents keep storing windows for telemetry that still arrives, but the "
                 "model is no longer listed as active, and consoles hide it unless \"Show retired\" is on.")
                  .arg(id),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("retireConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->button(QMessageBox::Yes)->setText(restore ? tr("Restore") : tr("Retire"));
    connect(box, &QMessageBox::finished, this, [this, box, restore](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            applyRetire(restore);
    });
    box->open();
}

void ModelConfigurationTab::applyRetire(bool restore) {
    if (readOnly())
        return;
    ModelConfigEdit edit;
    edit.kind = restore ? ModelConfigEdit::Kind::Restore : ModelConfigEdit::Kind::Retire;
    edit.config.modelId = m_editingId;
    edit.expectedJson = m_editingJson;
    m_busy = true;
    ++m_changes;
    updateButtons();
    m_saveResult->setText(restore ? tr("Restoring…") : tr("Retiring…"));
    QCoro::connect(ModelConfigCommand::runAsync(m_writer, edit, auditAppend()), this,
                   [this, edit](const ModelConfigCommandResult &result) { showResult(result, edit); });
}

void ModelConfigurationTab::showResult(const ModelConfigCommandResult &r, const ModelConfigEdit &edit) {
    using O = ModelConfigWriteResult::Outcome;
    m_busy = false;
    const QString id = QString::fromStdString(edit.config.modelId);
    QString text;
    switch (r.outcome) {
    case O::Applied:
        switch (edit.kind) {
        case ModelConfigEdit::Kind::Add:
            text = tr("%1 added.").arg(id);
            break;
        case ModelConfigEdit::Kind::Edit:
            text = tr("%1 saved.").arg(id);
            break;
        case ModelConfigEdit::Kind::Retire:
            text = tr("%1 retired.").arg(id);
            break;
        case ModelConfigEdit::Kind::Restore:
            text = tr("%1 restored.").arg(id);
            break;
        }
        if (!r.audited)
            text += QLatin1Char(' ') +
                    tr("Its audit entry could not be written: %1").arg(QString::fromStdString(r.auditError));
        break;
    case O::Invalid:
        if (const auto problem = ModelConfigCommand::validate(edit))
            text = tr("Not saved: %1").arg(problemText(problem));
        else
            text = tr("Not saved: %1").arg(QString::fromStdString(r.error));
        break;
    case O::NotFound:
        text = tr("Not saved: the record no longer knows %1.").arg(id);
        break;
    case O::Exists:
        text =
            tr("Not saved: a configuration for %1 already exists. Select it in the list to edit it.").arg(id);
        break;
    case O::ReadOnly:
        text = readOnlyReason();
        break;
    case O::Conflict:
        text = tr("Not saved: the configuration of %1 was changed by someone else since you opened it. "
                  "It has been reloaded; make your change again.")
                   .arg(id);
        break;
    case O::Failed:
        text = tr("Not saved: %1").arg(QString::fromStdString(r.error));
        break;
    }
    m_saveResult->setText(text);
    if (r.outcome == O::Applied) {
        m_adding = false;
        m_editingId = edit.config.modelId;
        m_editingJson = r.afterJson;
        m_editingHasConfig = true;
        m_editingRetired = edit.kind == ModelConfigEdit::Kind::Retire ||
                           (edit.kind == ModelConfigEdit::Kind::Edit && m_editingRetired);
    }
    updateButtons();
    if (r.outcome == O::Applied || r.outcome == O::Conflict) {
        // The table (and, on a conflict, the form) shows what is stored now; the message stays.
        const QString message = text;
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(this, &ModelConfigurationTab::catalogLoaded, this,
                        [this, once, message, change = m_changes]() {
                            disconnect(*once);
                            if (change == m_changes) // no other change started meanwhile
                                m_saveResult->setText(message);
                        });
        reload();
    }
    Q_EMIT saveFinished(r.outcome == O::Applied);
}

void ModelConfigurationTab::testConnection() {
    const QUrl endpoint(m_endpoint->text().trimmed());
    QPalette palette = m_health->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    m_health->setPalette(palette);
    m_health->setText(tr("Testing %1 …").arg(healthUrl(endpoint).toString()));
    m_test->setEnabled(false);
    QCoro::connect(checkHealth(*m_nam, endpoint, m_healthTimeout), this,
                   [this](const HealthResult &result) { showHealth(result); });
}

void ModelConfigurationTab::showHealth(const HealthResult &r) {
    using S = HealthResult::Status;
    QPalette palette = m_health->palette();
    palette.setColor(QPalette::WindowText,
                     r.status == S::Ok ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x1c, 0x1c));
    m_health->setPalette(palette);
    const QString latency = tr("%1 ms").arg(r.latency.count());
    QString text;
    switch (r.status) {
    case S::Ok:
        text = tr("OK — HTTP %1 in %2").arg(r.httpCode).arg(latency);
        break;
    case S::HttpError:
        text = tr("HTTP error — HTTP %1 in %2").arg(r.httpCode).arg(latency);
        break;
    case S::Timeout:
        text = tr("Timed out — no answer within %1").arg(latency);
        break;
    case S::Unreachable:
        text = tr("Unreachable after %1 — %2").arg(latency, r.error);
        break;
    case S::BadUrl:
        text = tr("Not tested: the endpoint is not an http:// or https:// URL with a host.");
        break;
    }
    if (!r.firstLine.isEmpty())
        text += QLatin1Char('\n') + tr("Body: %1").arg(r.firstLine);
    if (r.url.isValid())
        text += QLatin1Char('\n') + tr("GET %1").arg(r.url.toString());
    m_health->setText(text);
    updateButtons();
    Q_EMIT healthFinished();
}

} // namespace assurance::ui
